package dev.migrator.plugin.command;

import java.util.ArrayList;
import java.util.List;

/** A console that keeps what it is told, for assertions. */
final class RecordingConsole implements Console {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(String line) {
        lines.add(line);
    }

    @Override
    public void warn(String line) {
        lines.add("[warn] " + line);
    }

    String text() {
        return String.join("\n", lines);
    }
}
