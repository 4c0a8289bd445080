package dev.migrator.runner;

import dev.migrator.model.AddedComponent;
import dev.migrator.model.SourceIdentity;
import dev.migrator.operation.Operation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a migration: SHA-256 (lower-case hex) over the canonical text of its upgrade
 * operations.
 *
 * <p>The canonical text has one line per operation, each ended by {@code \n}, encoded in UTF-8. A
 * record is written {@code SimpleName(component=value, ...)} with its components in declaration
 * order, except those marked {@link SourceIdentity} (a table's or column's origin says where it
 * comes from, not what the migration does, and migrations written before origins existed must keep
 * their checksums), and those marked {@link AddedComponent} when they are {@code null} (components
added later, which must not change the checksums of migrations that do not use them); a list is {@code [a, b]}; a string is double-quoted with {@code \}, {@code "} and control
 * characters escaped ({@code \n}, {@code \\u0001}); an enum constant is its name; numbers and booleans
 * as Java prints them; {@code null} as {@code null}; anything else (the code of a Java step) as
 * {@code <code>}, so a Java step counts through its description. The text depends only on the
 * operations' values, never on bytecode or source formatting, so it is stable across recompiles
 * and catches every edit to what a migration does.
 */
public final class Checksums {
    private Checksums() {}

    /** SHA-256 hex of {@link #canonicalText(List)}. */
    public static String of(List<Operation> operations) {
        return HEX.formatHex(sha256().digest(canonicalText(operations).getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();

    /** Looked up once: a provider lookup per migration shows when thousands of migrations run. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A fresh digest (a copy of the prototype, which is never used itself, so callers may be concurrent). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance(SHA_256.getAlgorithm(), SHA_256.getProvider());
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** The canonical text described in the class comment. */
    public static String canonicalText(List<Operation> operations) {
        StringBuilder text = new StringBuilder();
        for (Operation operation : operations) {
            write(text, operation);
            text.append('\n');
        }
        return text.toString();
    }

    private static void write(StringBuilder text, Object value) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof String string) {
            writeString(text, string);
        } else if (value instanceof Number || value instanceof Boolean) {
            text.append(value);
        } else if (value instanceof Enum<?> constant) {
            text.append(constant.name());
        } else if (value instanceof List<?> list) {
            writeList(text, list);
        } else if (value instanceof Record record) {
            writeRecord(text, record);
        } else {
            text.append("<code>");
        }
    }

    private static void writeList(StringBuilder text, List<?> list) {
        text.append('[');
        for (int i = 0; i < list.size(); i++) {
            text.append(i == 0 ? "" : ", ");
            write(text, list.get(i));
        }
        text.append(']');
    }

    private static void writeRecord(StringBuilder text, Record record) {
        RecordShape shape = SHAPES.get(record.getClass());
        text.append(shape.simpleName()).append('(');
        boolean first = true;
        for (int i = 0; i < shape.names().length; i++) {
            Object value = valueOf(shape.accessors()[i], record);
            if (value == null && shape.omittedWhenNull()[i]) {
                continue;
            }
            text.append(first ? "" : ", ").append(shape.names()[i]).append('=');
            write(text, value);
            first = false;
        }
        text.append(')');
    }

    /**
     * A record class's name and components, looked up once per class: asking the class for its
     * record components each time costs more than the rest of the checksum, and every migration
     * is checksummed at each start-up.
     */
    private record RecordShape(String simpleName, String[] names, Method[] accessors, boolean[] omittedWhenNull) {
        static RecordShape of(Class<?> type) {
            List<RecordComponent> components = java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> !c.isAnnotationPresent(SourceIdentity.class))
                    .toList();
            String[] names = new String[components.size()];
            Method[] accessors = new Method[components.size()];
            boolean[] omittedWhenNull = new boolean[components.size()];
            for (int i = 0; i < components.size(); i++) {
                names[i] = components.get(i).getName();
                accessors[i] = components.get(i).getAccessor();
                // Skips the access check of every call; where a module refuses it, the checked call still works.
                accessors[i].trySetAccessible();
                omittedWhenNull[i] = components.get(i).isAnnotationPresent(AddedComponent.class);
            }
            return new RecordShape(type.getSimpleName(), names, accessors, omittedWhenNull);
        }
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    private static Object valueOf(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private static void writeString(StringBuilder text, String string) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
