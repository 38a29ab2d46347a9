package dev.hardening.bizagi.parse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A properties file read as {@link Properties} reads it (separators, escapes, continuation lines, the
 * last of a repeated key wins), with the line each key stands on.
 *
 * <p>The text is decoded as UTF-16 when it starts with a UTF-16 byte-order mark (Windows editors save
 * "Unicode" files so), else as UTF-8 with or without a byte-order mark; bytes that are not UTF-8 are
 * read as ISO-8859-1, the encoding {@link Properties#load(java.io.InputStream)} assumes.
 */
public final class LocatedProperties {

    /**
     * One key and its value where it was last set.
     *
     * @param key the key
     * @param value the value, unescaped
     * @param line the 1-based line the key stands on
     */
    public record Entry(String key, String value, int line) {}

    private final String file;
    private final Map<String, Entry> entries;

    private LocatedProperties(String file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Reads a properties file.
     *
     * @param content the file's bytes
     * @param displayPath the file's name in findings
     */
    public static LocatedProperties read(byte[] content, String displayPath) {
        String text = decode(content);
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        int index = 0;
        while (index < lines.size()) {
            int start = index;
            StringBuilder logical = new StringBuilder(lines.get(index));
            while (continues(lines.get(index)) && index + 1 < lines.size()) {
                index++;
                logical.append('\n').append(lines.get(index));
            }
            index++;
            parseLogicalLine(logical.toString()).ifPresent(entry -> {
                entries.remove(entry.getKey());
                entries.put(entry.getKey(), new Entry(entry.getKey(), entry.getValue(), start + 1));
            });
        }
        return new LocatedProperties(displayPath, entries);
    }

    /** The file's display path. */
    public String file() {
        return file;
    }

    /** The entry for {@code key}, matched exactly. */
    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Every entry, in the order of the lines that last set each key. */
    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    private static Optional<Map.Entry<String, String>> parseLogicalLine(String logicalLine) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(logicalLine));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return one.stringPropertyNames().stream()
                .findFirst()
                .map(key -> Map.entry(key, one.getProperty(key)));
    }

    /** A line continues when it ends in an odd number of backslashes and is not a comment. */
    private static boolean continues(String line) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("#") || stripped.startsWith("!")) {
            return false;
        }
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String decode(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }
}
