package org.sinpdf.validate.rules;

import java.io.IOException;
import java.io.InputStream;
import org.sinpdf.validate.Reporter;
import org.sinpdf.validate.Rules;

/** UTF-8 check for text files other than CSV and XML (JSON, GeoJSON, TXT): streamed, with line numbers. */
public final class TextChecker {
    private final Reporter r;

    public TextChecker(Reporter reporter) { this.r = reporter; }

    public void check(InputStream in) throws IOException {
        long[] line = {1};
        long[] lineStartChar = {0};
        long[] pos = {0};
        java.util.ArrayDeque<long[]> pending = new java.util.ArrayDeque<>();
        Utf8CheckingReader reader = new Utf8CheckingReader(in, new Utf8CheckingReader.Listener() {
            @Override
            public void bom() {
                r.report(Rules.ENCODING_BOM, 1, 1, "file starts with a UTF-8 byte order mark (EF BB BF); valid, noted", "");
            }

            @Override
            public void invalid(long byteOffset, int length, long charIndex) {
                if (pending.size() < 1024) pending.add(new long[] {byteOffset, length, charIndex});
            }
        });
        char[] buf = new char[1 << 16];
        int n;
        while ((n = reader.read(buf, 0, buf.length)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (c == '\n') {
                    line[0]++;
                    lineStartChar[0] = pos[0] + i + 1;
                } else if (c == '\uFFFD' && !pending.isEmpty() && pending.peek()[2] == pos[0] + i) {
                    long[] p = pending.poll();
                    r.report(Rules.ENCODING_UTF8, line[0], (int) (pos[0] + i - lineStartChar[0] + 1),
                            "invalid UTF-8 at byte offset " + p[0] + " (" + p[1] + " byte(s)): save the file as UTF-8", "");
                }
            }
            pos[0] += n;
        }
        while (!pending.isEmpty()) {
            long[] p = pending.poll();
            r.report(Rules.ENCODING_UTF8, 0, 0, "invalid UTF-8 at byte offset " + p[0] + ": save the file as UTF-8", "");
        }
    }
}
