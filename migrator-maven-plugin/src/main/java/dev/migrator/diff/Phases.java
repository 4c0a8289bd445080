package dev.migrator.diff;

import dev.migrator.operation.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects operations by {@link Phase}; within a phase, operations keep the order they were added in. */
final class Phases {
    private final Map<Phase, List<Operation>> byPhase = new EnumMap<>(Phase.class);

    void add(Phase phase, Operation operation) {
        byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(operation);
    }

    void addAll(Phase phase, List<? extends Operation> operations) {
        operations.forEach(op -> add(phase, op));
    }

    /** All operations, phase by phase. */
    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        byPhase.values().forEach(all::addAll);
        return all;
    }
}
