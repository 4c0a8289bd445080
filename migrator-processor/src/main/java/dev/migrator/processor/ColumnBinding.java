package dev.migrator.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * One mapping of a column, as Hibernate 7.1 binds it, so that a column mapped twice gets the
 * definition Hibernate keeps and is refused where Hibernate refuses it.
 *
 * <p>{@code org.hibernate.mapping.Table#addColumn} keeps the FIRST column object added under a
 * name; the later mappings' definitions (type, length, nullability, {@code unique}, default) are
 * lost, while what they name by column (foreign keys, indexes, multi-column unique keys) stays.
 * Binding order: the key (id, discriminator) first, then basic attributes (first pass), then
 * to-one join columns ({@code ToOneFkSecondPass}), then collection keys in the target's table;
 * within a phase, the attributes of a superclass before a subclass's, each class's in alphabetical
 * order ({@code PropertyContainer} collects them in a {@code TreeMap}).
 *
 * <p>{@code PersistentClass#checkColumnDuplication} refuses a column that two mappings both write
 * (a mapping writes a column unless it is {@code insertable = false} AND {@code updatable = false});
 * a collection key is checked by its collection, not by the entity ({@code counts} is false).
 */
record ColumnBinding(int phase, int depth, List<String> path, boolean writes, boolean counts)
        implements Comparable<ColumnBinding> {

    private static final int KEY = 0;
    private static final int BASIC = 1;
    private static final int JOIN = 2;
    private static final int COLLECTION_KEY = 3;

    /** An id or discriminator column: written, bound before every attribute. */
    static ColumnBinding key() {
        return new ColumnBinding(KEY, 0, List.of(), true, true);
    }

    /** A column of a collection or join table, a secondary table's key, an order column: always written. */
    static ColumnBinding other() {
        return new ColumnBinding(COLLECTION_KEY, 0, List.of(), true, true);
    }

    /** A basic attribute's column; {@code readOnly}: {@code @Column(insertable = false, updatable = false)}. */
    static ColumnBinding basic(Attribute attribute, boolean readOnly) {
        return new ColumnBinding(BASIC, depth(attribute), path(attribute), !readOnly, true);
    }

    /** A to-one join column; {@code readOnly}: its {@code @JoinColumn(insertable = false, updatable = false)}. */
    static ColumnBinding join(Attribute attribute, boolean readOnly) {
        return new ColumnBinding(JOIN, depth(attribute), path(attribute), !readOnly, true);
    }

    /** A unidirectional {@code @OneToMany @JoinColumn} in the target's table: bound last, checked by the collection. */
    static ColumnBinding collectionKey(Attribute attribute) {
        return new ColumnBinding(COLLECTION_KEY, depth(attribute), path(attribute), true, false);
    }

    /**
     * The phase the snapshot contract names for this mapping ({@code EntitySnapshot#bindings}), so that
     * the assembler can apply the same rule across fragments: {@code "joinColumn"} for a to-one join
     * column, {@code "collectionKey"} for a collection key in the target's table, {@code null} for the
     * first pass (ids, discriminators, basics) and for the columns of tables the mapping owns.
     */
    String contractPhase() {
        if (phase == JOIN) {
            return dev.migrator.snapshot.EntitySnapshot.JOIN_COLUMN;
        }
        return phase == COLLECTION_KEY && !counts ? dev.migrator.snapshot.EntitySnapshot.COLLECTION_KEY : null;
    }

    /** Whether this mapping takes part in the entity's duplicate check as a writer. */
    boolean isWriter() {
        return writes && counts;
    }

    /** Earlier binding first: Hibernate keeps the column of the mapping that compares lowest. */
    @Override
    public int compareTo(ColumnBinding other) {
        int byPhase = Integer.compare(phase, other.phase);
        if (byPhase != 0) {
            return byPhase;
        }
        int byDepth = Integer.compare(depth, other.depth);
        if (byDepth != 0) {
            return byDepth;
        }
        for (int i = 0; i < Math.min(path.size(), other.path.size()); i++) {
            int bySegment = path.get(i).compareTo(other.path.get(i));
            if (bySegment != 0) {
                return bySegment;
            }
        }
        return Integer.compare(path.size(), other.path.size());
    }

    /** The attribute path from the entity, segment by segment ({@code price.amount}). */
    private static List<String> path(Attribute attribute) {
        return Arrays.asList(attribute.path().split("\\."));
    }

    /** How many superclasses the class declaring the (outermost) attribute has: a superclass's attributes bind first. */
    private static int depth(Attribute attribute) {
        Element outermost = attribute.embeddedBy().isEmpty() ? attribute.element() : attribute.embeddedBy().get(0);
        List<TypeElement> chain = new ArrayList<>();
        for (Element type = outermost.getEnclosingElement(); type instanceof TypeElement element; ) {
            chain.add(element);
            type = element.getSuperclass().getKind() == TypeKind.DECLARED
                    ? ((DeclaredType) element.getSuperclass()).asElement()
                    : null;
        }
        return chain.size();
    }
}
