package dev.migrator.processor;

/**
 * Hibernate's implicit naming strategies, as far as they give different names
 * ({@code -Amigrator.implicitNaming}): {@code jpa} ({@code ImplicitNamingStrategyJpaCompliantImpl},
 * Hibernate's default) and {@code spring} (Spring Boot's {@code SpringImplicitNamingStrategy}, the
 * default of every Spring Boot application, in {@code org.springframework.boot.hibernate} since Boot 4
 * and {@code org.springframework.boot.orm.jpa.hibernate} before).
 *
 * <p>Spring's strategy extends JPA's and changes one thing: the implicit name of a join table
 * ({@code determineJoinTableName}) is {@code <owner table>_<owning attribute>} instead of
 * {@code <owner table>_<target table>}. Everything around that name stays Hibernate's
 * ({@code TableBinder#bind}): the owner's logical table name enters unquoted, the result is
 * auto-quoted when it is a keyword, quoted when the owner's or the target's table is quoted (even
 * though Spring's name does not contain the target's), and the physical naming strategy applies
 * last. So Spring's name for two associations from one owner to one target differ, where JPA's
 * silently merge them into one table.
 */
enum ImplicitNaming implements OptionValue {
    JPA("jpa"),
    SPRING("spring");

    private final String option;

    ImplicitNaming(String option) {
        this.option = option;
    }

    /** The value of {@code -Amigrator.implicitNaming}, also written into every fragment. */
    @Override
    public String option() {
        return option;
    }

    /**
     * The unquoted text of an implicit join table's logical name, from the owner's and the target's
     * logical table names and the owning attribute's name (Hibernate's {@code AttributePath#getProperty}:
     * the attribute itself, not its path through embeddables).
     */
    String joinTableText(Name ownerTable, Name targetTable, String attribute) {
        return switch (this) {
            case JPA -> ownerTable.text() + "_" + targetTable.text();
            case SPRING -> ownerTable.text() + "_" + attribute;
        };
    }
}
