package org.sinpdf.extract.pdf;

/**
 * Maps PDF user space (relative to the crop box's lower-left corner, y up) to the upright page
 * frame (page /Rotate applied, origin top-left, y down).
 */
final class UprightFrame {
    final double cropWidth;
    final double cropHeight;
    final int rotation;

    UprightFrame(double cropWidth, double cropHeight, int rotation) {
        this.cropWidth = cropWidth;
        this.cropHeight = cropHeight;
        int r = ((rotation % 360) + 360) % 360;
        this.rotation = r % 90 == 0 ? r : 0;
    }

    double width() { return rotation == 90 || rotation == 270 ? cropHeight : cropWidth; }
    double height() { return rotation == 90 || rotation == 270 ? cropWidth : cropHeight; }

    double x(double x, double y) {
        return switch (rotation) {
            case 90 -> y;
            case 180 -> cropWidth - x;
            case 270 -> cropHeight - y;
            default -> x;
        };
    }

    double y(double x, double y) {
        return switch (rotation) {
            case 90 -> x;
            case 180 -> y;
            case 270 -> cropWidth - x;
            default -> cropHeight - y;
        };
    }

    double vx(double vx, double vy) {
        return switch (rotation) {
            case 90 -> vy;
            case 180 -> -vx;
            case 270 -> -vy;
            default -> vx;
        };
    }

    double vy(double vx, double vy) {
        return switch (rotation) {
            case 90 -> vx;
            case 180 -> vy;
            case 270 -> -vx;
            default -> -vy;
        };
    }
}
