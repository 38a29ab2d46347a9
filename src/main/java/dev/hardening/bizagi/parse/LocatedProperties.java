package dev.hardening.bizagi.parse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
    private final List<MalformedDescriptorException> problems;
    private final List<SourceComment> comments;

    private LocatedProperties(
            String file,
            Map<String, Entry> entries,
            List<MalformedDescriptorException> problems,
            List<SourceComment> comments) {
        this.file = file;
        this.entries = Collections.unmodifiableMap(entries);
        this.problems = List.copyOf(problems);
        this.comments = List.copyOf(comments);
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
        List<MalformedDescriptorException> problems = new ArrayList<>();
        List<SourceComment> comments = new ArrayList<>();
        List<Integer> waiting = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int index = 0;
        while (index < lines.size()) {
            int start = index;
            if (isComment(lines.get(index))) {
                waiting.add(index);
                index++;
                continue;
            }
            if (!lines.get(index).isBlank()) {
                flush(waiting, lines, displayPath, start + 1, comments);
            }
            StringBuilder logical = new StringBuilder(lines.get(index));
            boolean continued = !isComment(lines.get(index)) && endsInOddBackslashes(lines.get(index));
            while (continued && index + 1 < lines.size()) {
                index++;
                logical.append('\n').append(lines.get(index));
                continued = endsInOddBackslashes(lines.get(index));
            }
            index++;
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new MalformedDescriptorException(displayPath, start + 1, e.getMessage(), e));
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                entries.remove(key);
                entries.put(key, new Entry(key, one.getProperty(key), start + 1));
            }
        }
        flush(waiting, lines, displayPath, 0, comments);
        comments.sort(Comparator.comparingInt(SourceComment::firstLine));
        return new LocatedProperties(displayPath, entries, problems, comments);
    }

    /** Records the comment lines at {@code waiting} as standing above the key on {@code nextLine}. */
    private static void flush(
            List<Integer> waiting, List<String> lines, String file, int nextLine, List<SourceComment> comments) {
        for (int index : waiting) {
            String comment = lines.get(index).stripLeading().substring(1).strip();
            comments.add(new SourceComment(file, index + 1, index + 1, nextLine, comment));
        }
        waiting.clear();
    }

    /** The file's comment lines, each with the line of the key below it. */
    public List<SourceComment> comments() {
        return comments;
    }

    /**
     * The lines {@link Properties} refuses, such as a malformed {@code \\uXXXX} escape; it would refuse
     * the whole file, so a caller must not judge the file as if they were absent.
     */
    public List<MalformedDescriptorException> problems() {
        return problems;
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

    private static boolean isComment(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("#") || stripped.startsWith("!");
    }

    /** Whether a line ends in an odd number of backslashes, so that the next line continues it. */
    private static boolean endsInOddBackslashes(String line) {
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
