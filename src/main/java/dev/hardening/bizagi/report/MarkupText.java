package dev.hardening.bizagi.report;

/** Text made safe inside XML and HTML, whether between tags or in a quoted attribute. */
final class MarkupText {

    private MarkupText() {}

    /**
     * {@code text} with {@code & < > " '} escaped, line ends in attributes kept as character references
     * (a parser would fold them into spaces), and the characters XML 1.0 cannot hold dropped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** As {@link #escape(String)}, keeping line ends as they are, for text between tags. */
    static String escapeText(String text) {
        return escape(text.replace("\r\n", "\n")).replace("&#10;", "\n");
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
