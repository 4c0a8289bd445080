package dev.migrator.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.MigrationException;
import dev.migrator.MigrationInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain's order and checks, on index metadata alone (no class is loaded). */
class MigrationChainTest {
    /** Migrations in index order; each spec is "id:parent1,parent2". */
    private static List<LoadedMigration> index(String... specs) {
        List<LoadedMigration> migrations = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(":", -1);
            List<String> parents = parts[1].isEmpty() ? List.of() : List.of(parts[1].split(","));
            MigrationInfo info = new MigrationInfo(parts[0], parents, "", "com.x." + parts[0], "0".repeat(64));
            migrations.add(LoadedMigration.indexed(info, migrations.size(), () -> {
                throw new AssertionError("no class may be loaded");
            }));
        }
        return migrations;
    }

    private static List<String> order(MigrationChain chain) {
        return chain.ordered().stream().map(LoadedMigration::id).toList();
    }

    @Test
    void parentsComeFirstAndTiesFollowTheIndexOrder() {
        // Listed out of chain order: c and b both follow a; b is listed first, so it goes first.
        MigrationChain chain = MigrationChain.of(index("m:c,b", "b:a", "c:a", "a:"));
        assertThat(order(chain)).containsExactly("a", "b", "c", "m");
        assertThat(chain.heads()).containsExactly("m");
        assertThat(chain.ids()).containsExactlyInAnyOrder("a", "b", "c", "m");
        assertThat(chain.ancestry("c")).containsExactly("c", "a");
    }

    @Test
    void anIndexThatListsParentsFirstIsTheOrderItself() {
        // The fast path: every parent listed earlier; branches keep the order in which they are listed.
        MigrationChain chain = MigrationChain.of(index("a:", "c:a", "b:a", "d:c", "m:d,b"));
        assertThat(order(chain)).containsExactly("a", "c", "b", "d", "m");
        assertThat(chain.heads()).containsExactly("m");
        // One parent listed after its child sends the whole index through the general ordering.
        assertThat(order(MigrationChain.of(index("a:", "c:a", "d:c", "m:d,b", "b:a")))).containsExactly("a", "c", "d", "b", "m");
    }

    @Test
    void aParentNamedTwiceCountsOnce() {
        assertThat(order(MigrationChain.of(index("a:", "b:a,a", "c:b")))).containsExactly("a", "b", "c");
    }

    @Test
    void aLongLinearChainKeepsItsOrder() {
        String[] specs = new String[3000];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = "m" + i + ":" + (i == 0 ? "" : "m" + (i - 1));
        }
        List<String> order = order(MigrationChain.of(index(specs)));
        assertThat(order).hasSize(3000);
        assertThat(order.get(0)).isEqualTo("m0");
        assertThat(order.get(2999)).isEqualTo("m2999");
        assertThat(order.indexOf("m1500")).isEqualTo(1500);
    }

    @Test
    void cyclesUnknownParentsDuplicatesAndTwoHeadsAreRefused() {
        assertThatThrownBy(() -> MigrationChain.of(index("a:", "b:a,c", "c:b")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("[b, c] form a cycle");
        assertThatThrownBy(() -> MigrationChain.of(index("a:", "b:x")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("follows x");
        assertThatThrownBy(() -> MigrationChain.of(index("a:", "a:")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("two migrations have the id a");
        assertThatThrownBy(() -> MigrationChain.of(index("a:", "b:a", "c:a")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("2 heads: b (com.x.b) and c (com.x.c)");
        assertThat(order(MigrationChain.withAnyHeads(index("a:", "b:a", "c:a")))).containsExactly("a", "b", "c");
    }
}
