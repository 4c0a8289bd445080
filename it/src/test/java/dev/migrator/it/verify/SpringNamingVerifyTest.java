package dev.migrator.it.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.dialect.Dialect;
import dev.migrator.it.oracle.Fixture;
import dev.migrator.it.oracle.FixtureSnapshots;
import dev.migrator.it.oracle.OracleFixtures;
import dev.migrator.model.Schema;
import dev.migrator.verify.SpringImplicitNaming;
import dev.migrator.verify.Verification;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * {@code migrator:verify} on the {@code spring.shop} fixture, with Spring Boot's REAL
 * {@code SpringImplicitNamingStrategy} on the class path (the plugin's own tests use a stand-in): the
 * strategy verify picks for a snapshot compiled with {@code -Amigrator.implicitNaming=spring} is
 * Spring Boot 4's class, and Hibernate booted with it agrees with the snapshot; booted with JPA's
 * implicit naming it does not (the join tables differ), which shows the comparison can fail here.
 */
class SpringNamingVerifyTest {
    private static final Fixture SHOP = OracleFixtures.ALL.stream()
            .filter(f -> f.name().equals("spring.shop")).findFirst().orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void hibernateBootedWithSpringsStrategyAgreesWithTheSnapshot(String kind) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Schema schema = FixtureSnapshots.schema(SHOP, kind);
        String strategy = SpringImplicitNaming.strategyFor(SHOP.implicitNaming(), loader);

        assertThat(strategy).isEqualTo(SpringImplicitNamingStrategy.class.getName());
        Verification spring = Verification.run(schema, SHOP.naming(), strategy, Dialect.named(kind), loader,
                SHOP.hibernateEntityClasses(), Map.of(), true);
        assertThat(spring.differences()).as("spring.shop on %s", kind).isEmpty();

        Verification jpa = Verification.run(schema, SHOP.naming(), null, Dialect.named(kind), loader,
                SHOP.hibernateEntityClasses(), Map.of(), true);
        assertThat(jpa.differences()).contains("table customer_wish_list: only in the snapshot",
                "table customer_product: only in Hibernate");
    }
}
