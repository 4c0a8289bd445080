package dev.migrator.processor;

/**
 * The logical name of a join column: explicit, or {@code <prefix>_<referenced logical column>},
 * quoted when the referenced table or column is quoted ({@code AnnotatedJoinColumns}).
 */
final class JoinColumnNames {
    private JoinColumnNames() {}

    static Name logical(Naming naming, Ann joinColumn, String prefix, IdColumn referenced, Name referencedTable) {
        if (joinColumn != null && !joinColumn.string("name").isEmpty()) {
            return naming.name(joinColumn.string("name"));
        }
        Name implicit = naming.name(prefix + "_" + referenced.logical().text());
        if (!implicit.quoted() && (referenced.logical().quoted() || referencedTable.quoted())) {
            implicit = implicit.forceQuoted();
        }
        return implicit;
    }
}
