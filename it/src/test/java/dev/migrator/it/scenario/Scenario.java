package dev.migrator.it.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One autogenerate scenario, in the manner of Alembic's {@code test_autogen_*} and Django's
 * {@code test_autodetector} cases: the same entity classes (same fully-qualified names) before
 * and after one change, the {@code migrator.renames} a batch-mode user would give (if any), and
 * the one-off values for NOT NULL changes ({@code migrator.defaults}) and
 * the operations {@code make} must generate for the change, one {@link OperationLines} line each,
 * written by hand.
 *
 * <p>{@code knownFailures} maps a database kind to the reason the scenario fails there today
 * (a bug or a missing feature); the suite asserts that it still fails, so a fix shows up.
 */
public record Scenario(
        String name,
        List<Source> before,
        List<Source> after,
        String renames,
        String defaults,
        List<String> expected,
        Map<String, List<String>> expectedOn,
        List<String> candidates,
        String naming,
        boolean javax,
        boolean nullRows,
        List<String> risks,
        Map<String, KnownFailure> knownFailures) {

    /**
     * Why a scenario fails on a database today: {@code symptom} is a piece of the failure's
     * message (so it keeps failing for the documented reason, not another), {@code because} the
     * root cause.
     */
    public record KnownFailure(String symptom, String because) {}

    /** The operations expected on database {@code kind}: its own list where the dialects differ, else the common one. */
    public List<String> expected(String kind) {
        return expectedOn.getOrDefault(kind, expected);
    }

    /** A Java source file: its top-level class name and its full text. */
    public record Source(String className, String text) {}

    /** The package every entity of scenario {@code name} lives in, in both versions. */
    public static String packageOf(String name) {
        return "scn." + name;
    }

    @Override
    public String toString() {
        return name;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /**
     * Builds a scenario from class bodies: each entity is given as its declaration (annotations and
     * {@code class ... { }}), and the builder adds the package and the imports every scenario may
     * use ({@code jakarta.persistence.*} — or {@code javax.persistence.*} — {@code java.util.*},
     * {@code java.math.*}, {@code java.time.*}); Hibernate annotations are written fully qualified.
     */
    public static final class Builder {
        private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:class|enum|interface|record)\\s+(\\w+)");

        private final String name;
        private final List<String> before = new ArrayList<>();
        private final List<String> after = new ArrayList<>();
        private final List<String> expected = new ArrayList<>();
        private final Map<String, List<String>> expectedOn = new TreeMap<>();
        private final List<String> candidates = new ArrayList<>();
        private final List<String> risks = new ArrayList<>();
        private final Map<String, KnownFailure> knownFailures = new TreeMap<>();
        private String renames = "";
        private String defaults = "";
        private String naming = "standard";
        private boolean javax;
        private boolean nullRows;

        private Builder(String name) {
            this.name = name;
        }

        /** Declarations present before and after the change, unchanged. */
        public Builder both(String... declarations) {
            before.addAll(List.of(declarations));
            after.addAll(List.of(declarations));
            return this;
        }

        public Builder before(String... declarations) {
            before.addAll(List.of(declarations));
            return this;
        }

        public Builder after(String... declarations) {
            after.addAll(List.of(declarations));
            return this;
        }

        public Builder renames(String renames) {
            this.renames = renames;
            return this;
        }

        /** The {@code migrator.defaults} a batch-mode user would give: one-off values for NOT NULL changes. */
        public Builder defaults(String defaults) {
            this.defaults = defaults;
            return this;
        }

        public Builder snakeCase() {
            this.naming = "snake_case";
            return this;
        }

        public Builder javax() {
            this.javax = true;
            return this;
        }

        /** The rows leave every nullable column that is not part of a key NULL (instead of filling it). */
        public Builder nullRows() {
            this.nullRows = true;
            return this;
        }

        /** The operations of the second migration, in order, as {@link OperationLines} describes them. */
        public Builder expect(String... lines) {
            expected.addAll(List.of(lines));
            return this;
        }

        /** The operations expected on database {@code kind} only, where the dialects' models differ. */
        public Builder expectOn(String kind, String... lines) {
            expectedOn.put(kind, List.of(lines));
            return this;
        }

        /** The rename candidates make must report, as {@code migrator.renames} entries, in order. */
        public Builder candidates(String... entries) {
            candidates.addAll(List.of(entries));
            return this;
        }

        /** A piece of the text of a risk ({@code dev.migrator.diff.Risks}) that make must report. */
        public Builder risk(String fragment) {
            risks.add(fragment);
            return this;
        }

        /** The scenario fails on database {@code kind} with a message containing {@code symptom}, {@code because}. */
        public Builder knownFailure(String kind, String symptom, String because) {
            knownFailures.put(kind, new KnownFailure(symptom, because));
            return this;
        }

        public Builder knownFailureOnBoth(String symptom, String because) {
            return knownFailure("h2", symptom, because).knownFailure("postgresql", symptom, because);
        }

        public Scenario build() {
            return new Scenario(name, sources(before), sources(after), renames, defaults, List.copyOf(expected),
                    Map.copyOf(expectedOn), List.copyOf(candidates), naming, javax, nullRows,
                    List.copyOf(risks), Map.copyOf(knownFailures));
        }

        private List<Source> sources(List<String> declarations) {
            String api = javax ? "javax" : "jakarta";
            List<Source> sources = new ArrayList<>();
            for (String declaration : declarations) {
                Matcher matcher = CLASS_NAME.matcher(declaration);
                if (!matcher.find()) {
                    throw new IllegalArgumentException("no class declared in " + declaration);
                }
                String text = "package " + packageOf(name) + ";\n\n"
                        + "import " + api + ".persistence.*;\n"
                        + "import java.math.*;\n"
                        + "import java.time.*;\n"
                        + "import java.util.*;\n\n"
                        + declaration;
                sources.add(new Source(packageOf(name) + "." + matcher.group(1), text));
            }
            return sources;
        }
    }
}
