package dev.migrator.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepTest {
    @Test
    void statementsPostgresRefusesInATransactionAreRecognised() {
        assertThat(new Step.Sql("create index concurrently ix on t (a)").refusesTransaction()).isTrue();
        assertThat(new Step.Sql("  CREATE UNIQUE INDEX\nCONCURRENTLY ix on t (a)").refusesTransaction()).isTrue();
        assertThat(new Step.Sql("drop index concurrently ix").refusesTransaction()).isTrue();
        assertThat(new Step.Sql("reindex index concurrently ix").refusesTransaction()).isTrue();
        assertThat(new Step.Sql("vacuum analyze t").refusesTransaction()).isTrue();
        assertThat(new Step.Sql("create index ix_concurrently on t (a)").refusesTransaction()).isFalse();
        assertThat(new Step.Sql("create table concurrently (a int)").refusesTransaction()).isFalse();
        assertThat(new Step.Java("x", c -> {}).refusesTransaction()).isFalse();
    }
}
