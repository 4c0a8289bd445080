package dev.migrator.snapshot;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259, no extensions) producing {@link Map}, {@link List},
 * {@link String}, {@link Long}, {@link Boolean} and {@code null}. Fractions and exponents are
 * rejected: snapshots only hold integers. Remembers where each object and array started, so that
 * a decoder can report a bad member at its position.
 */
final class JsonReader {
    private final String source;
    private final String text;
    private final Map<Object, Integer> starts = new IdentityHashMap<>();
    private int pos;

    private JsonReader(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** Parses a whole document; {@code source} names it in error messages. */
    static JsonReader parse(String source, String text, Object[] result) throws SnapshotFormatException {
        JsonReader reader = new JsonReader(source, text);
        reader.skipWhitespace();
        result[0] = reader.value();
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw reader.error(reader.pos, "unexpected text after the end of the JSON document");
        }
        return reader;
    }

    /** An error located at the start of {@code node} (an object or array of this document). */
    SnapshotFormatException errorAt(Object node, String problem) {
        Integer at = starts.get(node);
        return error(at == null ? 0 : at, problem);
    }

    SnapshotFormatException error(int offset, String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SnapshotFormatException(source, line, column, problem);
    }

    private Object value() throws SnapshotFormatException {
        if (pos >= text.length()) {
            throw error(pos, "unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error(pos, "unexpected character '" + c + "', expected a value");
            }
        };
    }

    private Map<String, Object> object() throws SnapshotFormatException {
        Map<String, Object> map = new LinkedHashMap<>();
        starts.put(map, pos);
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error(pos, "expected a member name in double quotes");
            }
            int keyAt = pos;
            String key = string();
            if (map.containsKey(key)) {
                throw error(keyAt, "duplicate member \"" + key + "\"");
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(key, value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() throws SnapshotFormatException {
        List<Object> list = new ArrayList<>();
        starts.put(list, pos);
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() throws SnapshotFormatException {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error(start, "unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error(pos - 1, "control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error(start, "unterminated string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw error(pos - 1, "invalid escape \\" + e);
            }
        }
    }

    private char unicodeEscape() throws SnapshotFormatException {
        if (pos + 4 > text.length()) {
            throw error(pos, "incomplete \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error(pos, "invalid \\u escape");
        }
    }

    private Long number() throws SnapshotFormatException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        char next = peek();
        if (next == '.' || next == 'e' || next == 'E') {
            throw error(start, "only integer numbers are allowed in a snapshot");
        }
        String digits = text.substring(start, pos);
        if (digits.isEmpty() || digits.equals("-") || digits.matches("-?0\\d+")) {
            throw error(start, "malformed number");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw error(start, "number out of range: " + digits);
        }
    }

    private Object literal(String word, Object value) throws SnapshotFormatException {
        if (!text.startsWith(word, pos)) {
            throw error(pos, "unexpected token, expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws SnapshotFormatException {
        if (peek() != c) {
            throw error(pos, pos >= text.length() ? "unexpected end of input, expected '" + c + "'"
                    : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }
}
