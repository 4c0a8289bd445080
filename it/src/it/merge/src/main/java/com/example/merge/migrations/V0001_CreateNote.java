package com.example.merge.migrations;

import static dev.migrator.Dsl.*;

import dev.migrator.Migration;
import dev.migrator.Operations;
import dev.migrator.Revision;

/** The common parent of both branches. */
@Revision(id = "0001_create_note", message = "create note")
public final class V0001_CreateNote extends Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable(table("note").column(column("id", BIGINT).notNull()).primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable(table("note").column(column("id", BIGINT).notNull()).primaryKey("id"));
    }
}
