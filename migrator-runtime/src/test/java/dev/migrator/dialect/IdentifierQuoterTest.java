package dev.migrator.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierQuoterTest {
    private final Dialect h2 = Dialect.named("h2");
    private final Dialect pg = Dialect.named("postgresql");

    /** The quoting Hibernate 7.1 produced for entity hf.kw.KwEnt (its schema export on H2 and PostgreSQL with auto-quoting). */
    @Test
    void keywordsAreQuotedExactlyWhereHibernateQuotesThem() {
        List<String> both = List.of("authorization", "date", "day", "end", "from", "group", "language", "limit",
                "month", "offset", "order", "row", "rows", "start", "timestamp", "to", "user", "value", "year");
        List<String> neither = List.of("admin", "count", "data", "level", "name", "number", "position", "role",
                "section", "size", "status", "type", "uid", "desc", "email");
        for (String word : both) {
            assertThat(h2.quote(word)).as(word).isEqualTo('"' + word + '"');
            assertThat(pg.quote(word)).as(word).isEqualTo('"' + word + '"');
        }
        for (String word : neither) {
            assertThat(h2.quote(word)).as(word).isEqualTo(word);
            assertThat(pg.quote(word)).as(word).isEqualTo(word);
        }
        for (String word : List.of("comment", "enum", "index", "owner", "password", "text", "version")) {
            assertThat(pg.quote(word)).as(word).isEqualTo('"' + word + '"');
            assertThat(h2.quote(word)).as(word).isEqualTo(word);
        }
        assertThat(h2.quote("key")).isEqualTo("\"key\"");
        assertThat(pg.quote("key")).isEqualTo("key");
    }

    @Test
    void keywordsAreRecognisedInAnyCaseAndKeepTheirCaseWhenQuoted() {
        assertThat(h2.quote("User")).isEqualTo("\"User\"");
        assertThat(pg.quote("ORDER")).isEqualTo("\"ORDER\"");
    }

    @Test
    void backtickedNamesAreQuotedWithoutTheBackticks() {
        assertThat(h2.quote("`Quoted_T`")).isEqualTo("\"Quoted_T\"");
        assertThat(pg.quote("`owner_id`")).isEqualTo("\"owner_id\"");
        assertThat(pg.quote("`a\"b`")).isEqualTo("\"a\"\"b\"");
    }

    @Test
    void anythingButAPlainIdentifierIsQuotedWithQuotesDoubled() {
        assertThat(h2.quote("first name")).isEqualTo("\"first name\"");
        assertThat(h2.quote("x\"; drop table t; --")).isEqualTo("\"x\"\"; drop table t; --\"");
        assertThat(pg.quote("1abc")).isEqualTo("\"1abc\"");
        assertThat(pg.quote("a-b")).isEqualTo("\"a-b\"");
        assertThat(pg.quote("_under")).isEqualTo("_under");
        assertThat(pg.quote("Ünïcødé")).isEqualTo("Ünïcødé");
        assertThat(pg.quote("MixedCase")).isEqualTo("MixedCase");
    }

    @Test
    void emptyNamesAndNulCharactersAreRefused() {
        assertThatThrownBy(() -> h2.quote("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h2.quote("a\0b")).hasMessageContaining("NUL");
    }

    @Test
    void literalsDoubleQuotesAndPostgresEscapesBackslashes() {
        assertThat(h2.literal("it's")).isEqualTo("'it''s'");
        assertThat(pg.literal("it's")).isEqualTo("'it''s'");
        assertThat(pg.literal("a\\' or 1=1 --")).isEqualTo("E'a\\\\'' or 1=1 --'");
        assertThat(h2.literal(null)).isNull();
    }

    @Test
    void dialectsAreFoundByNameUrlAndProduct() {
        assertThat(Dialect.named("H2")).isSameAs(H2Dialect.INSTANCE);
        assertThat(Dialect.named("postgres")).isSameAs(PostgresDialect.INSTANCE);
        assertThat(Dialect.forJdbcUrl("jdbc:postgresql://h/db?password=secret")).isSameAs(PostgresDialect.INSTANCE);
        assertThat(Dialect.forJdbcUrl("jdbc:h2:mem:x")).isSameAs(H2Dialect.INSTANCE);
        assertThat(Dialect.forProductName("PostgreSQL")).isSameAs(PostgresDialect.INSTANCE);
        assertThatThrownBy(() -> Dialect.forJdbcUrl("jdbc:mysql://h/db?password=secret"))
                .hasMessageContaining("jdbc:mysql").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> Dialect.named("oracle")).hasMessageContaining("oracle");
    }
}
