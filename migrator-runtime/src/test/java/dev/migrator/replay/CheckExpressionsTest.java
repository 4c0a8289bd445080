package dev.migrator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckExpressionsTest {

    @Test
    void wholeIdentifiersFollowTheRenameLiteralsAndLongerNamesDoNot() {
        assertThat(CheckExpressions.renameColumn("status between 0 and 3", "status", "state"))
                .isEqualTo("state between 0 and 3");
        assertThat(CheckExpressions.renameColumn("DTYPE <> 'status' or (status is not null and status_2 > 0)",
                "status", "state")).isEqualTo("DTYPE <> 'status' or (state is not null and status_2 > 0)");
        assertThat(CheckExpressions.renameColumn("a in ('it''s a', 'b')", "a", "b")).isEqualTo("b in ('it''s a', 'b')");
        assertThat(CheckExpressions.renameColumn(null, "a", "b")).isNull();
    }

    @Test
    void quotedNamesAreMatchedByTheirTextAndWrittenAsHibernateWouldWriteTheNewName() {
        // A keyword quoted by Hibernate, renamed to a plain name.
        assertThat(CheckExpressions.renameColumn("\"month\" between 0 and 11", "month", "month_no"))
                .isEqualTo("month_no between 0 and 11");
        // An explicitly quoted name stays quoted, with a quote inside doubled.
        assertThat(CheckExpressions.renameColumn("\"Odd\"\"Name\" > 0", "`Odd\"Name`", "`New\"Name`"))
                .isEqualTo("\"New\"\"Name\" > 0");
        assertThat(CheckExpressions.renameColumn("\"other\" > 0", "month", "month_no")).isEqualTo("\"other\" > 0");
    }
}
