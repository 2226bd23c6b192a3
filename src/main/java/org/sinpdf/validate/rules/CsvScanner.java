package org.sinpdf.validate.rules;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming RFC 4180 tokenizer that, unlike a parser, goes on after a quoting error and says
 * where it was: stray quotes in unquoted fields, text after a closing quote, a quoted field still
 * open at the end of the file. Records end at LF, CRLF or CR. Memory: one 64 KiB buffer, one
 * record, and at most {@link #MAX_FIELD} characters per field (a longer field is truncated and
 * reported; it is almost always an unbalanced quote).
 */
final class CsvScanner {
    static final int MAX_FIELD = 1 << 20;

    /** What the scanner tells its caller. */
    interface Handler {
        /** One record: {@code fields[0..size)}; the array is reused after the call returns. */
        void record(long line, String[] fields, int size);

        void quoting(long line, int field, String message, String excerpt);

        /** A U+FFFD was read at decoded position {@code charIndex}, on {@code line}, in field {@code field}. */
        default void replacement(long charIndex, long line, int field) {}
    }

    private static final int START = 0, UNQUOTED = 1, QUOTED = 2, QUOTE_SEEN = 3, AFTER_QUOTE = 4;

    private final Reader in;
    private final char delimiter;
    private final Handler handler;

    private final char[] buf = new char[1 << 16];
    private final StringBuilder field = new StringBuilder();
    private String[] fields = new String[16];
    private int size;
    private long line = 1;
    private long recordLine = 1;
    private long quoteLine;
    private boolean truncated;
    private boolean strayReported;
    private int filled;

    CsvScanner(Reader in, char delimiter, Handler handler) {
        this.in = in;
        this.delimiter = delimiter;
        this.handler = handler;
    }

    /** Reads to the end, calling the handler for every record. */
    void run() throws IOException {
        int state = START;
        boolean afterCr = false;
        long charsBefore = 0;
        final char d = delimiter;
        final char[] b = buf;
        int n;
        while ((n = in.read(b, 0, b.length)) > 0) {
            filled = n;
            int seg = 0;
            int i = 0;
            while (i < n) {
                if (state == UNQUOTED || state == AFTER_QUOTE) {
                    // fast scan to the next character that matters
                    char c = 0;
                    while (i < n) {
                        c = b[i];
                        if (c == d || c == '\n' || c == '\r' || c == '"' || c == '\uFFFD') break;
                        i++;
                    }
                    if (i == n) break;
                    if (c == d) {
                        endField(take(seg, i));
                        state = START;
                        seg = i + 1;
                    } else if (c == '\n' || c == '\r') {
                        endField(take(seg, i));
                        endRecord();
                        state = START;
                        afterCr = c == '\r';
                        line++;
                        seg = i + 1;
                    } else if (c == '"') {
                        if (state == UNQUOTED && !strayReported) {
                            strayReported = true;
                            handler.quoting(line, size + 1, "quote inside an unquoted field: enclose the whole field in "
                                    + "double quotes and double the inner quote (\"\")", excerptAround(i));
                        }
                    } else {
                        handler.replacement(charsBefore + i, line, size + 1);
                    }
                    i++;
                } else if (state == QUOTED) {
                    char c = 0;
                    while (i < n) {
                        c = b[i];
                        if (c == '"' || c == '\n' || c == '\uFFFD') break;
                        i++;
                    }
                    if (i == n) break;
                    if (c == '"') {
                        append(seg, i);
                        state = QUOTE_SEEN;
                    } else if (c == '\n') {
                        line++;
                    } else {
                        handler.replacement(charsBefore + i, line, size + 1);
                    }
                    i++;
                } else if (state == START) {
                    char c = b[i];
                    if (afterCr) {
                        afterCr = false;
                        if (c == '\n') { seg = ++i; continue; }
                    }
                    if (size == 0) recordLine = line;
                    if (c == '"') {
                        state = QUOTED;
                        quoteLine = line;
                        seg = i + 1;
                    } else if (c == d) {
                        endField("");
                        seg = i + 1;
                    } else if (c == '\n' || c == '\r') {
                        endField("");
                        endRecord();
                        afterCr = c == '\r';
                        line++;
                        seg = i + 1;
                    } else {
                        state = UNQUOTED;
                        seg = i;
                        continue; // the fast scan looks at this character again
                    }
                    i++;
                } else { // QUOTE_SEEN
                    char c = b[i];
                    if (c == '"') {
                        state = QUOTED;
                        seg = i; // keep one quote
                    } else if (c == d) {
                        endField(takeBuilder());
                        state = START;
                        seg = i + 1;
                    } else if (c == '\n' || c == '\r') {
                        endField(takeBuilder());
                        endRecord();
                        state = START;
                        afterCr = c == '\r';
                        line++;
                        seg = i + 1;
                    } else {
                        handler.quoting(line, size + 1, "text after the closing quote of a quoted field: quote the "
                                + "whole field and double inner quotes (\"\")", excerptAround(i));
                        state = AFTER_QUOTE;
                        seg = i;
                        continue;
                    }
                    i++;
                }
            }
            if (state == UNQUOTED || state == AFTER_QUOTE || state == QUOTED) append(seg, n);
            charsBefore += n;
        }
        switch (state) {
            case START -> {
                if (size > 0) { endField(""); endRecord(); }
            }
            case QUOTED -> {
                handler.quoting(quoteLine, size + 1, "quoted field opened on line " + quoteLine
                        + " is never closed: a quote is missing or unbalanced", excerptOf(field));
                endField(takeBuilder());
                endRecord();
            }
            default -> {
                endField(takeBuilder());
                endRecord();
            }
        }
    }

    private String take(int seg, int end) {
        if (field.length() == 0) return new String(buf, seg, end - seg);
        append(seg, end);
        return takeBuilder();
    }

    private void append(int seg, int end) {
        int len = end - seg;
        if (len <= 0) return;
        if (field.length() + len > MAX_FIELD) {
            len = Math.max(0, MAX_FIELD - field.length());
            if (!truncated) {
                truncated = true;
                handler.quoting(quoteLine > 0 ? quoteLine : line, size + 1, "field longer than " + MAX_FIELD
                        + " characters (an unbalanced quote swallows the rest of the file)", "");
            }
        }
        field.append(buf, seg, len);
    }

    private String takeBuilder() {
        String s = field.toString();
        field.setLength(0);
        if (field.capacity() > 1 << 16) field.trimToSize();
        truncated = false;
        return s;
    }

    private void endField(String s) {
        if (size == fields.length) fields = Arrays.copyOf(fields, size * 2);
        fields[size++] = s;
    }

    private void endRecord() {
        handler.record(recordLine, fields, size);
        size = 0;
        strayReported = false;
        quoteLine = 0;
    }

    /** Up to 30 characters either side of {@code i}, within the current line and buffer. */
    private String excerptAround(int i) {
        int from = i;
        while (from > 0 && i - from < 30 && buf[from - 1] != '\n' && buf[from - 1] != '\r') from--;
        int to = i;
        while (to < filled && to - i < 30 && buf[to] != '\n' && buf[to] != '\r') to++;
        return new String(buf, from, to - from);
    }

    private static String excerptOf(CharSequence s) {
        return s.subSequence(0, Math.min(40, s.length())).toString();
    }
}
