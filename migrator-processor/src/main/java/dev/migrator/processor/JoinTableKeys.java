package dev.migrator.processor;

import java.util.List;

/**
 * Which {@code @ForeignKey} decides each key of a join table, as Hibernate's {@code CollectionBinder}
 * reads them: the join table's {@code foreignKey} (owner side) or {@code inverseForeignKey} (target
 * side) gives name and options, unless it has no name and join columns are written, in which case
 * the first written join column's {@code foreignKey} gives both (a {@code @ForeignKey(options = ...)}
 * without a name is then ignored). Whether a key exists at all follows the join table's own
 * {@code NO_CONSTRAINT}, else, on the owner side only, the first join column's.
 */
final class JoinTableKeys {
    private final Ann joinTable;

    /** @param joinTable the association's {@code @JoinTable}, or {@code null} */
    JoinTableKeys(Ann joinTable) {
        this.joinTable = joinTable;
    }

    Ann ownerMode() {
        Ann declared = declared("foreignKey");
        boolean noConstraint = declared != null && declared.enumConstant("value").equals("NO_CONSTRAINT");
        return noConstraint ? declared : firstColumnKey("joinColumns", declared);
    }

    Ann ownerNamed() {
        return named("foreignKey", "joinColumns");
    }

    Ann inverseMode() {
        return declared("inverseForeignKey");
    }

    Ann inverseNamed() {
        return named("inverseForeignKey", "inverseJoinColumns");
    }

    private Ann named(String member, String columns) {
        Ann declared = declared(member);
        return declared != null && !declared.string("name").isBlank() ? declared : firstColumnKey(columns, declared);
    }

    /** The {@code foreignKey} of the first written join column of {@code columns}, else {@code otherwise}. */
    private Ann firstColumnKey(String columns, Ann otherwise) {
        List<Ann> written = joinTable == null ? List.of() : joinTable.annotations(columns);
        return written.isEmpty() ? otherwise : written.get(0).annotation("foreignKey");
    }

    private Ann declared(String member) {
        return joinTable == null ? null : joinTable.annotation(member);
    }
}
