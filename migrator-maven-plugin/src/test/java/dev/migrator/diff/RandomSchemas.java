package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.TEXT;
import static dev.migrator.Dsl.numeric;
import static dev.migrator.Dsl.varchar;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seeded random schemas and random edits of them, for the differ's invariants beyond the
 * hand-written scenarios. Every schema is consistent: constraints name existing columns, foreign
 * keys existing tables and columns.
 */
public final class RandomSchemas {
    private static final List<ColumnType> TYPES = List.of(BIGINT, INTEGER, TEXT, varchar(10), varchar(255),
            numeric(10, 2), numeric(12, 4));

    private final Random random;

    public RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    public Schema schema() {
        List<Table> tables = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            tables.add(table(name("t", random.nextInt(6))));
        }
        return consistent(tables.stream().collect(Collectors.toMap(Table::name, t -> t, (a, b) -> a)).values(),
                sequences());
    }

    /** {@code schema} with a few random edits. */
    public Schema edit(Schema schema) {
        List<Table> tables = new ArrayList<>(schema.tables());
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int what = random.nextInt(4);
            if (what == 0 && !tables.isEmpty()) {
                tables.remove(random.nextInt(tables.size()));
            } else if (what == 1) {
                Table added = table(name("n", random.nextInt(4)));
                tables.removeIf(t -> t.name().equals(added.name()));
                tables.add(added);
            } else if (!tables.isEmpty()) {
                int at = random.nextInt(tables.size());
                tables.set(at, editTable(tables.get(at)));
            }
        }
        List<Sequence> sequences = random.nextBoolean() ? schema.sequences() : sequences();
        return consistent(tables, sequences);
    }

    /**
     * {@code prefix + number}, in schema {@code s} for odd numbers (decision D4): the same draws as
     * before, so seeds keep their shapes, and schemas come and go with tables; {@link #renamed}
     * prefixes a qualified name's schema, so a renamed table also moves to another schema.
     */
    private static String name(String prefix, int number) {
        return number % 2 == 1 ? "s." + prefix + number : prefix + number;
    }

    /** Origins follow from names here (no random draw, so seeds give the schemas they always gave); {@link #renamed} changes names only. */
    private Table table(String name) {
        Table table = Table.named(name).origin("com.x." + name.toUpperCase(java.util.Locale.ROOT));
        int columns = 1 + random.nextInt(5);
        for (int i = 0; i < columns; i++) {
            table = table.column(column("c" + random.nextInt(6)));
        }
        return decorate(table);
    }

    private Column column(String name) {
        Column column = Column.of(name, TYPES.get(random.nextInt(TYPES.size()))).origin(name + "Attr");
        if (random.nextBoolean()) {
            column = column.notNull();
        }
        if (random.nextInt(4) == 0) {
            column = column.defaultValue("0");
        }
        if (random.nextInt(6) == 0) {
            column = column.comment("comment " + random.nextInt(3));
        }
        if (random.nextInt(8) == 0) {
            column = column.check(name + " > " + random.nextInt(3));
        }
        if (random.nextInt(10) == 0) {
            column = column.generatedAsIdentity();
        }
        return column;
    }

    /** Random keys, constraints and indexes over the table's columns (foreign keys may dangle: {@link #consistent} prunes them). */
    private Table decorate(Table table) {
        List<String> names = table.columns().stream().map(Column::name).toList();
        Table result = table.withPrimaryKey(random.nextInt(3) == 0 ? null
                : new PrimaryKey(random.nextBoolean() ? null : "pk_" + table.name(), pick(names)));
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            uniques.add(new UniqueConstraint(random.nextBoolean() ? null : "uk_" + table.name() + i, pick(names)));
            indexes.add(new Index("idx_" + table.name() + "_" + random.nextInt(3), pick(names), random.nextBoolean()));
            checks.add(new CheckConstraint(random.nextBoolean() ? null : "ck" + i, names.get(0) + " <> " + i));
            fks.add(new ForeignKey("fk_" + table.name() + "_" + random.nextInt(3), List.of(names.get(0)),
                    "t" + random.nextInt(6), List.of("c" + random.nextInt(6)),
                    ForeignKey.OnDelete.values()[random.nextInt(ForeignKey.OnDelete.values().length)]));
        }
        return result.withUniqueConstraints(distinct(uniques)).withIndexes(distinctIndexes(indexes))
                .withChecks(distinct(checks)).withForeignKeys(distinctFks(fks))
                .comment(random.nextInt(4) == 0 ? "table " + random.nextInt(2) : null);
    }

    /**
     * {@code schema} with a random table and a random column given new physical names, keeping their
     * origins: what changing {@code @Table(name)} and {@code @Column(name)} does.
     */
    public Schema renamed(Schema schema) {
        Schema result = schema;
        if (result.tables().isEmpty()) {
            return result;
        }
        Table table = result.tables().get(random.nextInt(result.tables().size()));
        if (random.nextBoolean()) {
            result = dev.migrator.replay.SchemaReplay.apply(result,
                    new dev.migrator.operation.RenameTable(table.name(), "renamed_" + table.name()));
            table = result.requireTable("renamed_" + table.name());
        }
        Column column = table.columns().get(random.nextInt(table.columns().size()));
        return dev.migrator.replay.SchemaReplay.apply(result,
                new dev.migrator.operation.RenameColumn(table.name(), column.name(), "renamed_" + column.name()));
    }

    private Table editTable(Table table) {
        int what = random.nextInt(5);
        if (what == 0) {
            return table.column(column("c" + random.nextInt(8)));
        }
        if (what == 1 && table.columns().size() > 1) {
            return table.withoutColumn(table.columns().get(random.nextInt(table.columns().size())).name());
        }
        if (what == 2) {
            Column c = table.columns().get(random.nextInt(table.columns().size()));
            boolean flipIdentity = random.nextInt(4) == 0;
            return table.alterColumn(c.name(), x -> x.withType(TYPES.get(random.nextInt(TYPES.size())))
                    .withNullable(random.nextBoolean()).withIdentity(flipIdentity != x.identity()));
        }
        return decorate(table);
    }

    private List<String> pick(List<String> names) {
        List<String> picked = new ArrayList<>();
        for (String name : names) {
            if (random.nextInt(3) == 0) {
                picked.add(name);
            }
        }
        return picked.isEmpty() ? List.of(names.get(random.nextInt(names.size()))) : picked;
    }

    private List<Sequence> sequences() {
        List<Sequence> sequences = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            sequences.add(Sequence.of("s" + i, 1, 1 + random.nextInt(50)));
        }
        return sequences;
    }

    /** Drops every constraint or index that names a column or table that is not there. */
    private static Schema consistent(java.util.Collection<Table> tables, List<Sequence> sequences) {
        List<Table> result = new ArrayList<>();
        for (Table t : tables) {
            Set<String> columns = t.columnsByName().keySet();
            Table pruned = t.withPrimaryKey(t.primaryKey() != null && columns.containsAll(t.primaryKey().columns())
                            ? t.primaryKey() : null)
                    .withUniqueConstraints(t.uniqueConstraints().stream()
                            .filter(u -> columns.containsAll(u.columns())).toList())
                    .withIndexes(t.indexes().stream().filter(i -> columns.containsAll(i.columns())).toList())
                    .withForeignKeys(t.foreignKeys().stream()
                            .filter(f -> columns.containsAll(f.columns()))
                            .filter(f -> tables.stream().anyMatch(r -> r.name().equals(f.referencedTable())
                                    && r.columnsByName().keySet().containsAll(f.referencedColumns())))
                            .toList());
            result.add(pruned);
        }
        return new Schema(result, sequences);
    }

    private static <T> List<T> distinct(List<T> items) {
        return items.stream().distinct().toList();
    }

    private static List<Index> distinctIndexes(List<Index> indexes) {
        return new ArrayList<>(indexes.stream().collect(Collectors.toMap(Index::name, i -> i, (a, b) -> a,
                java.util.LinkedHashMap::new)).values());
    }

    private static List<ForeignKey> distinctFks(List<ForeignKey> fks) {
        return new ArrayList<>(fks.stream().collect(Collectors.toMap(ForeignKey::name, f -> f, (a, b) -> a,
                java.util.LinkedHashMap::new)).values());
    }
}
