package org.sinpdf.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text functions shared by the normalizers. */
final class Texts {
    private Texts() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Lower case, accents removed, whitespace collapsed: for comparing labels, never for output. */
    static String fold(String s) {
        if (plainAscii(s)) return s.strip().toLowerCase(Locale.ROOT);
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(d).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** ASCII printable, no runs of spaces, no tabs or line breaks: folding is just lower-casing. */
    private static boolean plainAscii(String s) {
        char prev = 'x';
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch > 0x7e || (ch == ' ' && prev == ' ')) return false;
            prev = ch;
        }
        return true;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** True for the spaces a PDF or OCR may put in text: ASCII, NBSP, thin, narrow and other Unicode spaces. */
    static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\u00A0' || cp == '\u2007' || cp == '\u202F' || cp == '\u3000'
                || (cp >= '\u2000' && cp <= '\u200A') || cp == '\u205F';
    }
}
