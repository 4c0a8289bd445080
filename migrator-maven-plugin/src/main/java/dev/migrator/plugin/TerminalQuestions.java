package dev.migrator.plugin;

import dev.migrator.plugin.command.Questions;
import java.io.Console;
import java.util.Locale;

/**
 * Asks on the terminal in interactive Maven ({@code mvn} without {@code -B}); in batch mode, or
 * without a terminal, nobody is asked: every answer is no, and no value is given.
 */
final class TerminalQuestions implements Questions {
    private final Console terminal;

    private TerminalQuestions(Console terminal) {
        this.terminal = terminal;
    }

    static Questions of(boolean interactive) {
        Console terminal = System.console();
        return interactive && terminal != null ? new TerminalQuestions(terminal) : Questions.BATCH;
    }

    @Override
    public boolean confirm(String question) {
        String answer = terminal.readLine("%s ", question);
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
    }

    @Override
    public String answer(String question) {
        String answer = terminal.readLine("%s ", question);
        return answer == null ? "" : answer.strip();
    }
}
