package dev.migrator.diff;

/**
 * The phases of a diff, in the order their operations run. The order is what makes a diff apply:
 * foreign keys go before anything they depend on and come back after everything they need, so
 * tables that reference each other (cycles) need no special case.
 */
enum Phase {
    /** Schemas that come, before anything (a rename included) puts a table or sequence into them. */
    CREATE_SCHEMAS,
    /** Renames the user declared; every later phase speaks of the new names. */
    RENAMES,
    /** Foreign keys that change or go, first: they hold on to columns, keys and tables. */
    DROP_FOREIGN_KEYS,
    /** Indexes, unique and check constraints and primary keys that change or go. */
    DROP_CONSTRAINTS,
    /** Tables that go, once nothing references them any more. */
    DROP_TABLES,
    /** Sequences that go, after the tables whose defaults might use them. */
    DROP_SEQUENCES,
    /** Schemas that go, once the last table or sequence left them (dropped, or renamed away). */
    DROP_SCHEMAS,
    /** Sequences that come or change, before the tables that might use them. */
    CREATE_SEQUENCES,
    /** New tables, with their columns, primary key, unique and check constraints only. */
    CREATE_TABLES,
    /** Columns of kept tables dropped, added and altered; table comments. */
    COLUMNS,
    /** Primary keys, unique and check constraints and indexes that come or change. */
    ADD_CONSTRAINTS,
    /** Foreign keys last, when every table and key they reference exists. */
    ADD_FOREIGN_KEYS
}
