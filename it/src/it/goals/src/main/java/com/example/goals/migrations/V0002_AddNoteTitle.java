package com.example.goals.migrations;

import static dev.migrator.Dsl.*;

import dev.migrator.Migration;
import dev.migrator.Operations;
import dev.migrator.Revision;

/** A column and a Java step, which the offline SQL script can only name. */
@Revision(id = "0002_add_note_title", parents = "0001_create_note", message = "add note title")
public final class V0002_AddNoteTitle extends Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("note", column("title", varchar(80)));
        op.runJava("fill note titles", connection -> {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("update note set title = 'untitled'");
            }
        });
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("note", column("title", varchar(80)));
    }
}
