package dev.migrator.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The order in which Hibernate's {@code TypeSafeActivator} sees the Bean Validation constraints of
 * one property. It iterates {@code PropertyDescriptor.getConstraintDescriptors()}, which Hibernate
 * Validator 9 builds as a plain {@code HashSet} of {@code ConstraintDescriptorImpl}s whose hash code
 * is the hash code of the constraint annotation as {@link java.lang.annotation.Annotation#hashCode()}
 * defines it (sum over all members, defaults included, of {@code (127 * name.hashCode()) ^
 * valueHash}). Putting items with that very hash code into a real {@link HashSet} reproduces the
 * iteration order exactly (verified against Hibernate Validator 9.0.1 for {@code @Min(13)
 * @Max(130)} = max first, {@code @Min(1) @Max(10)} = min first).
 *
 * <p>Two limits, both from identity hash codes that exist only in Hibernate's JVM:
 * <ul>
 *   <li>Class- and enum-valued members hash by identity, so only the empty arrays that
 *       {@code groups} and {@code payload} normally are reproduce (to 1).</li>
 *   <li>When two descriptors fall into the same bucket of the 16-slot table (about one pair in
 *       16), their order is their insertion order, which is the iteration order of Hibernate
 *       Validator's own set of {@code MetaConstraint}s, hashed with the property's
 *       {@code Field}/{@code Type} hash codes ({@code Class} identity hashes). That cannot be
 *       computed at compile time; ties are broken by {@code tieRank} instead (callers pass the
 *       order seen most often: on 24 colliding {@code @Min}/{@code @Max} pairs with Hibernate
 *       Validator 9.0.1, {@code @Max} came first 15 times).</li>
 * </ul>
 */
final class DescriptorOrder<T> {
    private final Elements elements;
    private final List<Entry<T>> added = new ArrayList<>();

    DescriptorOrder(Elements elements) {
        this.elements = elements;
    }

    /** Adds the value contributed by the constraint {@code mirror}; lower {@code tieRank} wins a tie. */
    void add(AnnotationMirror mirror, int tieRank, T value) {
        added.add(new Entry<>(annotationHash(mirror), tieRank, value));
    }

    /** The values in Hibernate Validator's iteration order. */
    List<T> inOrder() {
        Set<Entry<T>> set = new HashSet<>();
        // Insertion order decides only between entries of one bucket: insert by tie rank (stable sort).
        added.stream().sorted(java.util.Comparator.comparingInt(Entry::tieRank)).forEach(set::add);
        List<T> out = new ArrayList<>();
        set.forEach(entry -> out.add(entry.value()));
        return out;
    }

    private int annotationHash(AnnotationMirror mirror) {
        int hash = 0;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            hash += (127 * member.getKey().getSimpleName().toString().hashCode()) ^ valueHash(member.getValue().getValue());
        }
        return hash;
    }

    private int valueHash(Object value) {
        if (value instanceof List<?> array) {
            // Arrays.hashCode over the elements.
            int hash = 1;
            for (Object element : array) {
                hash = 31 * hash + valueHash(((AnnotationValue) element).getValue());
            }
            return hash;
        }
        if (value instanceof AnnotationMirror nested) {
            return annotationHash(nested);
        }
        if (value instanceof TypeMirror || value instanceof VariableElement) {
            // A Class or an enum constant: identity hash at run time, not reproducible.
            return value.toString().hashCode();
        }
        return value.hashCode(); // String, boxed primitives: the same hash as at run time
    }

    /** One descriptor: equal only to itself, hashed like Hibernate Validator's descriptor. */
    private record Entry<T>(int hash, int tieRank, T value) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }
    }
}
