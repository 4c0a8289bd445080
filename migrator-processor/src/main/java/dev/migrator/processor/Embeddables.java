package dev.migrator.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Flattens {@code @Embedded}/{@code @EmbeddedId} attributes (and attributes whose type is an
 * {@code @Embeddable}) into the attributes of their embeddables, nested ones included, applying
 * {@code @AttributeOverride}s (dotted names reach nested embeddables). Columns keep the embeddable
 * attribute's own name, as JPA's implicit naming does.
 */
final class Embeddables {
    private final Annotations annotations;
    private final AttributeScanner scanner;

    Embeddables(Annotations annotations, AttributeScanner scanner) {
        this.annotations = annotations;
        this.scanner = scanner;
    }

    boolean isEmbedded(Attribute attribute) {
        if (annotations.hasJpa(attribute.element(), "Embedded") || annotations.hasJpa(attribute.element(), "EmbeddedId")) {
            return true;
        }
        return attribute.type() instanceof DeclaredType declared
                && annotations.hasJpa(declared.asElement(), "Embeddable");
    }

    /** The leaf attributes (basic or to-one) of an embedded attribute. */
    List<Attribute> flatten(Attribute embedded, boolean propertyAccess) {
        return flatten(embedded, propertyAccess, overrides(embedded, Map.of()), associationOverrides(embedded, Map.of()));
    }

    /**
     * The leaf attributes of one part of a collection attribute whose overrides are written with a
     * prefix ({@code @AttributeOverride(name = "key.unit")} for a map's embeddable key: {@code "key."}).
     */
    List<Attribute> flatten(Attribute embedded, boolean propertyAccess, String prefix) {
        return flatten(embedded, propertyAccess, below(overrides(embedded, Map.of()), prefix),
                below(associationOverrides(embedded, Map.of()), prefix));
    }

    private List<Attribute> flatten(Attribute embedded, boolean propertyAccess, Map<String, Ann> overrides,
            Map<String, Ann> associationOverrides) {
        if (!(embedded.type() instanceof DeclaredType declared)
                || !annotations.hasJpa((TypeElement) declared.asElement(), "Embeddable")) {
            throw new MappingError(embedded.element(), Diagnostics.MIG002, embedded.name(), embedded.type());
        }
        List<Attribute> leaves = new ArrayList<>();
        for (Attribute inner : scanner.embeddableAttributes(declared, propertyAccess)) {
            Attribute nested = embedded.nested(inner, overrides.get(inner.name()), associationOverrides.get(inner.name()));
            if (isEmbedded(inner)) {
                String prefix = inner.name() + ".";
                leaves.addAll(flatten(nested, propertyAccess, overrides(inner, below(overrides, prefix)),
                        associationOverrides(inner, below(associationOverrides, prefix))));
            } else {
                leaves.add(nested);
            }
        }
        return leaves;
    }

    /** The entries of {@code outer} under {@code prefix}, with the prefix removed. */
    private static <T> Map<String, T> below(Map<String, T> outer, String prefix) {
        Map<String, T> passedDown = new HashMap<>();
        outer.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                passedDown.put(name.substring(prefix.length()), value);
            }
        });
        return passedDown;
    }

    /** The {@code @AssociationOverride}s written on an embedded attribute, by name; outer ones (passed down) win. */
    private Map<String, Ann> associationOverrides(Attribute embedded, Map<String, Ann> outer) {
        Map<String, Ann> out = new HashMap<>();
        List<Ann> written = new ArrayList<>();
        annotations.jpa(embedded.element(), "AssociationOverride").ifPresent(written::add);
        annotations.jpa(embedded.element(), "AssociationOverrides").ifPresent(all -> written.addAll(all.annotations("value")));
        for (Ann override : written) {
            out.put(override.string("name"), override);
        }
        out.putAll(outer);
        return out;
    }

    /** The overrides written on an embedded attribute; outer ones (passed down) win. */
    private Map<String, Ann> overrides(Attribute embedded, Map<String, Ann> outer) {
        Map<String, Ann> out = new HashMap<>();
        List<Ann> written = new ArrayList<>();
        annotations.jpa(embedded.element(), "AttributeOverride").ifPresent(written::add);
        annotations.jpa(embedded.element(), "AttributeOverrides").ifPresent(all -> written.addAll(all.annotations("value")));
        for (Ann override : written) {
            out.put(override.string("name"), override.annotation("column"));
        }
        out.putAll(outer);
        return out;
    }
}
