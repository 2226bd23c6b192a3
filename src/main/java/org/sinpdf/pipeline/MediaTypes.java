package org.sinpdf.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Recognises files by their content, not their name. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TIFF = "image/tiff";
    public static final String ZIP = "application/zip";
    public static final String TEXT = "text/plain";
    public static final String EMPTY = "application/x-empty";
    public static final String UNKNOWN = "application/octet-stream";

    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff");

    private MediaTypes() {}

    /** The media type from the first bytes of the file. */
    public static String detect(Path file) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return detect(Arrays.copyOf(head, n));
    }

    static String detect(byte[] head) {
        if (head.length == 0) return EMPTY;
        // PDF readers accept %PDF- anywhere in the first 1024 bytes
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII)) >= 0) return PDF;
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)
                || startsWith(head, 'I', 'I', 43, 0) || startsWith(head, 'M', 'M', 0, 43)) return TIFF;
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) return ZIP;
        if (looksLikeText(head)) return TEXT;
        return UNKNOWN;
    }

    /** Whether sinpdf converts files of this type. */
    public static boolean isDocument(String mediaType) {
        return PDF.equals(mediaType) || mediaType.startsWith("image/");
    }

    /** Whether a file name suggests a document (used only to pick files out of folders). */
    public static boolean hasDocumentExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** A short human description of what a non-document file is, for error lines. */
    public static String describe(String mediaType) {
        return switch (mediaType) {
            case EMPTY -> "empty file (0 bytes)";
            case TEXT -> "not a PDF or image (the content is plain text)";
            case ZIP -> "a zip archive";
            case UNKNOWN -> "not a PDF or image (unrecognised content)";
            default -> "not a PDF or image (" + mediaType + ")";
        };
    }

    private static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xFF) != sig[i]) return false;
        return true;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) if (b == 0) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(head, 0, Math.max(0, head.length - 4)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
