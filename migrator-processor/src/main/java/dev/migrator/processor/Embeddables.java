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
        return flatten(embedded, propertyAccess, overrides(embedded, Map.of()));
    }

    private List<Attribute> flatten(Attribute embedded, boolean propertyAccess, Map<String, Ann> overrides) {
        if (!(embedded.type() instanceof DeclaredType declared)
                || !annotations.hasJpa((TypeElement) declared.asElement(), "Embeddable")) {
            throw new MappingError(embedded.element(), Diagnostics.MIG002, embedded.name(), embedded.type());
        }
        List<Attribute> leaves = new ArrayList<>();
        for (Attribute inner : scanner.embeddableAttributes(declared, propertyAccess)) {
            Attribute nested = embedded.nested(inner, overrides.get(inner.name()));
            if (isEmbedded(inner)) {
                Map<String, Ann> passedDown = new HashMap<>();
                String prefix = inner.name() + ".";
                overrides.forEach((name, column) -> {
                    if (name.startsWith(prefix)) {
                        passedDown.put(name.substring(prefix.length()), column);
                    }
                });
                leaves.addAll(flatten(nested, propertyAccess, overrides(inner, passedDown)));
            } else {
                leaves.add(nested);
            }
        }
        return leaves;
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
