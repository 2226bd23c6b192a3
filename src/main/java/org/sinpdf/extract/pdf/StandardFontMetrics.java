package org.sinpdf.extract.pdf;

import java.util.Optional;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;

/**
 * Glyph advances for non-embedded simple fonts that have no {@code /Widths}: PDFBox measures
 * them with whatever system font stands in (e.g. a sans-serif for Times-Roman when no Times is
 * installed), which puts every later glyph of a string in the wrong place: words split when the
 * text is read, and run into each other when the page is drawn. When the font is one of the
 * standard 14 (or an alias such as Arial or TimesNewRoman), its Adobe metrics are the widths the
 * producer laid the text out with, as every viewer assumes. Used by the text reading
 * ({@link PageScanner}) and by page rendering ({@link FaithfulRenderer}), so that what is read
 * and what is drawn for OCR agree.
 */
public final class StandardFontMetrics {
    private StandardFontMetrics() { }

    /** Adobe metrics for a non-embedded simple font without widths whose name is a standard 14 font. */
    public static Optional<FontMetrics> of(PDFont font) {
        if (font instanceof PDSimpleFont && !(font instanceof PDType3Font) && !font.isEmbedded()
                && font.getCOSObject().getDictionaryObject(COSName.WIDTHS) == null && font.getName() != null) {
            Standard14Fonts.FontName std = Standard14Fonts.getMappedFontName(font.getName());
            if (std != null) return Optional.ofNullable(Standard14Fonts.getAFM(std.getName()));
        }
        return Optional.empty();
    }

    /**
     * The advance of glyph {@code code} in text space (1 = the font size) by the metrics, or
     * {@code given} (PDFBox's own) when the metrics do not know the glyph.
     */
    public static double advance(FontMetrics afm, PDFont font, int code, double given) {
        Encoding encoding = ((PDSimpleFont) font).getEncoding();
        String name = encoding == null ? null : encoding.getName(code);
        if (name == null) return given;
        if (name.equals("nbspace")) name = "space";
        else if (name.equals("sfthyphen")) name = "hyphen";
        float w = name.equals(".notdef") ? 250f : afm.getCharacterWidth(name);
        return w > 0 ? w / 1000.0 : given;
    }
}
