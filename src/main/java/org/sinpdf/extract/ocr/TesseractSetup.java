package org.sinpdf.extract.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.sourceforge.tess4j.TessAPI;

/**
 * Where Tesseract's language data lives and which languages to load, checked before any engine is
 * made: the native library loads, and every {@code <lang>.traineddata} exists.
 */
public record TesseractSetup(String datapath, String languages) {
    /** Debian 12's location of Tesseract 5 language data. */
    public static final String DEBIAN_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";
    /** What to run on Debian/Ubuntu when something is missing. */
    public static final String INSTALL_HINT =
            "Install Tesseract with: apt-get install -y tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd";

    public TesseractSetup {
        Objects.requireNonNull(datapath, "datapath");
        Objects.requireNonNull(languages, "languages");
        if (languages.isBlank()) throw new IllegalArgumentException("no OCR language given");
    }

    /**
     * The datapath to use: the configured one, else {@code TESSDATA_PREFIX} (the tessdata folder
     * itself, as Tesseract 5 reads it), else Debian's.
     */
    public static String resolveDatapath(String configured) {
        if (configured != null && !configured.isBlank()) return configured;
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && !env.isBlank()) return env;
        return DEBIAN_TESSDATA;
    }

    public List<String> languageList() { return List.of(languages.split("\\+")); }

    /** The loaded native API; fails when libtesseract is not installed. */
    TessAPI api() throws OcrEngineUnavailableException {
        try {
            return TessAPI.INSTANCE;
        } catch (LinkageError e) {
            throw new OcrEngineUnavailableException("The Tesseract native library (libtesseract.so.5) could not be loaded: "
                    + e.getMessage() + ". " + INSTALL_HINT, e);
        }
    }

    /** Checks the library and every language; the message names what is missing and how to fix it. */
    public void check() throws OcrEngineUnavailableException {
        api();
        for (String lang : languageList()) requireLanguage(lang);
    }

    void requireLanguage(String lang) throws OcrEngineUnavailableException {
        Path f = Path.of(datapath, lang.strip() + ".traineddata");
        if (!Files.isRegularFile(f)) {
            String pkg = "tesseract-ocr-" + lang.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            throw new OcrEngineUnavailableException("Tesseract language data missing: " + f
                    + " (Debian package " + pkg + "; set TESSDATA_PREFIX or the tesseract-ocr option datapath"
                    + " if it is installed elsewhere). " + INSTALL_HINT);
        }
    }
}
