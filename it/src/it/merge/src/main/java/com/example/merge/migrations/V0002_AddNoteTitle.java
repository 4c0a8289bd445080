package com.example.merge.migrations;

import static dev.migrator.Dsl.*;

import dev.migrator.Migration;
import dev.migrator.Operations;
import dev.migrator.Revision;

/** One branch's migration after 0001. */
@Revision(id = "0002_add_note_title", parents = "0001_create_note", message = "add note title")
public final class V0002_AddNoteTitle extends Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("note", column("title", varchar(100)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("note", column("title", varchar(100)));
    }
}
