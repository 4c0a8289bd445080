package dev.migrator.processor;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names Hibernate ORM generates for foreign keys, unique keys and indexes
 * ({@code ImplicitNamingStrategyJpaCompliantImpl} + {@code NamingHelper}): a prefix followed by the
 * base-35 MD5 hash of a description of the table and its columns, where every identifier is in its
 * {@linkplain Name#hashForm() quoted form} and columns are sorted by canonical name. Hibernate
 * hashes {@code String.getBytes()} in the platform charset; names are ASCII in practice, where every
 * charset agrees.
 */
final class ConstraintNames {
    private ConstraintNames() {}

    static String foreignKey(Name table, Name referencedTable, List<Name> columns) {
        return hashed("FK", "table`" + table.hashForm() + "`references`" + referencedTable.hashForm() + "`"
                + columnsPart(columns));
    }

    static String uniqueKey(Name table, List<Name> columns) {
        return hashed("UK", "table`" + table.hashForm() + "`" + columnsPart(columns));
    }

    static String index(Name table, List<Name> columns) {
        return hashed("IDX", "table`" + table.hashForm() + "`" + columnsPart(columns));
    }

    private static String columnsPart(List<Name> columns) {
        StringBuilder out = new StringBuilder();
        columns.stream()
                .sorted(Comparator.comparing(ConstraintNames::canonical))
                .forEach(c -> out.append("column`").append(c.hashForm()).append('`'));
        return out.toString();
    }

    /** Hibernate's {@code Identifier.getCanonicalName()}: quoted text as is, else lower case. */
    private static String canonical(Name name) {
        return name.quoted() ? name.text() : name.text().toLowerCase(Locale.ROOT);
    }

    private static String hashed(String prefix, String description) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(description.getBytes(Charset.defaultCharset()));
            return prefix + new BigInteger(1, md5).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }
}
