package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.fixtures.NoRevision;
import dev.migrator.fixtures.UnknownParent;
import dev.migrator.fixtures.V0001_CreateUser;
import dev.migrator.fixtures.V0001_CreateUserEdited;
import dev.migrator.fixtures.V0002_CreateAddress;
import dev.migrator.fixtures.V0002b_Branch;
import dev.migrator.operation.AddColumn;
import dev.migrator.runner.Checksums;
import dev.migrator.testing.Databases;
import dev.migrator.testing.IndexClassLoader;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Loading migrations from the index and checking their chain, before any database access. */
class MigrationLoadingTest {
    private final DataSource db = Databases.freshH2();

    private Migrator load(ClassLoader loader) {
        return Migrator.configure().dataSource(db).classLoader(loader).load();
    }

    @Test
    void twoHeadsAreRefusedWithHowToMerge() {
        assertThatThrownBy(() -> load(IndexClassLoader.of(V0001_CreateUser.class, V0002_CreateAddress.class, V0002b_Branch.class)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("2 heads")
                .hasMessageContaining("0002_create_address (" + V0002_CreateAddress.class.getName() + ")")
                .hasMessageContaining("0002_add_age (" + V0002b_Branch.class.getName() + ")")
                .hasMessageContaining("parents = {\"0002_create_address\", \"0002_add_age\"}");
    }

    @Test
    void toolsThatMergeCanStillSeeBothHeads() {
        var chain = dev.migrator.runner.MigrationChain.withAnyHeads(dev.migrator.runner.MigrationLoader.load(
                IndexClassLoader.of(V0001_CreateUser.class, V0002_CreateAddress.class, V0002b_Branch.class)));
        assertThat(chain.heads()).containsExactly("0002_create_address", "0002_add_age");
    }

    @Test
    void aDuplicateIdNamesBothClasses() {
        assertThatThrownBy(() -> load(IndexClassLoader.of(V0001_CreateUser.class, V0001_CreateUserEdited.class)))
                .hasMessageContaining("0001_create_user")
                .hasMessageContaining(V0001_CreateUser.class.getName())
                .hasMessageContaining(V0001_CreateUserEdited.class.getName());
    }

    @Test
    void anUnknownParentNamesTheMigrationAndTheParent() {
        assertThatThrownBy(() -> load(IndexClassLoader.of(UnknownParent.class)))
                .hasMessageContaining("0009_orphan").hasMessageContaining("0008_missing")
                .hasMessageContaining(UnknownParent.class.getName());
    }

    @Test
    void aMissingRevisionOrClassIsNamed() {
        assertThatThrownBy(() -> load(IndexClassLoader.of(NoRevision.class)))
                .hasMessageContaining(NoRevision.class.getName()).hasMessageContaining("@Revision");
        assertThatThrownBy(() -> load(new IndexClassLoader("com.example.Gone")))
                .hasMessageContaining("com.example.Gone").hasMessageContaining("cannot be loaded");
        assertThatThrownBy(() -> load(new IndexClassLoader("java.lang.String")))
                .hasMessageContaining("java.lang.String").hasMessageContaining("does not extend");
    }

    @Test
    void theTestIndexWithCommentsAndBlankLinesGivesTheChain() {
        Migrator migrator = Migrator.configure().dataSource(db).load();
        assertThat(migrator.history()).extracting(MigrationInfo::id)
                .containsExactly("0003_add_email", "0002_create_address", "0001_create_user");
        assertThat(migrator.history().get(0).description()).isEqualTo("add email, widen name");
        assertThat(migrator.history().get(0).className()).isEqualTo("dev.migrator.fixtures.V0003_AddEmail");
    }

    @Test
    void anEmptyIndexIsAnEmptyChain() {
        Migrator migrator = load(new IndexClassLoader());
        assertThat(migrator.migrate()).isEmpty();
        assertThat(migrator.status().current()).isEmpty();
    }

    @Test
    void checksumsAreOverTheCanonicalOperationsAndCatchEveryEdit() {
        AddColumn add = new AddColumn("user", dev.migrator.model.Column.of("email", dev.migrator.model.ColumnType.varchar(255)));
        assertThat(Checksums.canonicalText(List.of(add))).isEqualTo(
                "AddColumn(table=\"user\", column=Column(name=\"email\", type=ColumnType(kind=VARCHAR, length=255, "
                        + "precision=null, scale=null, values=[], definition=null), nullable=true, defaultValue=null, "
                        + "identity=false, check=null, comment=null))\n");
        assertThat(Checksums.of(List.of(add))).hasSize(64).isEqualTo(Checksums.of(List.of(add)));
        String first = load(IndexClassLoader.of(V0001_CreateUser.class)).history().get(0).checksum();
        String again = load(IndexClassLoader.of(V0001_CreateUser.class)).history().get(0).checksum();
        String edited = load(IndexClassLoader.of(V0001_CreateUserEdited.class)).history().get(0).checksum();
        assertThat(first).isEqualTo(again).isNotEqualTo(edited);
    }

    @Test
    void passwordsNeverAppearInConfigurationOrErrors() {
        String password = "s3cr3t-Pa55";
        org.h2.jdbcx.JdbcDataSource owner = new org.h2.jdbcx.JdbcDataSource();
        owner.setURL("jdbc:h2:mem:pw;DB_CLOSE_DELAY=-1");
        owner.setUser("sa");
        owner.setPassword("the-right-one");
        try (java.sql.Connection keepOpen = owner.getConnection()) {
            assertThat(keepOpen.isValid(1)).isTrue();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        MigratorConfiguration configuration = Migrator.configure()
                .url("jdbc:h2:mem:pw;DB_CLOSE_DELAY=-1;password=" + password, "sa", password);
        assertThat(configuration.toString()).doesNotContain(password);
        Migrator migrator = configuration.load();
        assertThatThrownBy(migrator::migrate).satisfies(e -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(password);
            }
        });
        Migrator good = Migrator.configure().url("jdbc:h2:mem:pw2;DB_CLOSE_DELAY=-1", "sa", "").load();
        assertThat(good.migrate()).hasSize(3);
        assertThat(good.dialect().name()).isEqualTo("h2");
    }
}
