package dev.migrator.model;

import java.util.List;

/** Argument checks shared by the model's constructors. */
final class Names {
    private Names() {}

    static String requireName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return name;
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        for (String column : columns) {
            requireName(column, "a column of " + what);
        }
        return List.copyOf(columns);
    }
}
