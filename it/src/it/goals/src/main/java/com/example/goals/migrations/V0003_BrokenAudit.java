package com.example.goals.migrations;

import dev.migrator.Migration;
import dev.migrator.Operations;
import dev.migrator.Revision;

/**
 * Fails at its second statement: on H2 the first one is already committed, so the run is left
 * marked in_progress, which only migrator:repair clears.
 */
@Revision(id = "0003_broken_audit", parents = "0002_add_note_title", message = "broken audit")
public final class V0003_BrokenAudit extends Migration {
    @Override
    public void upgrade(Operations op) {
        op.executeSql("create table audit (id bigint)", "drop table audit");
        op.executeSql("insert into no_such_table values (1)", "select 1");
    }

    @Override
    public void downgrade(Operations op) {
        op.executeSql("drop table audit", "create table audit (id bigint)");
    }
}
