package dev.migrator.dialect;

import dev.migrator.model.ColumnType;
import java.util.Objects;

/**
 * Length, precision and scale with Hibernate's defaults for when the model leaves them out (the
 * processor normally fills them): length 255, {@code numeric(38,2)} (scale 0 when only a precision
 * is given), as Hibernate does for {@code String} and {@code BigDecimal}.
 */
final class Facets {
    private Facets() {}

    static int length(ColumnType type) {
        return Objects.requireNonNullElse(type.length(), 255);
    }

    static int precision(ColumnType type, int otherwise) {
        return Objects.requireNonNullElse(type.precision(), otherwise);
    }

    static String numeric(ColumnType type) {
        if (type.precision() == null) {
            return "numeric(38," + Objects.requireNonNullElse(type.scale(), 2) + ")";
        }
        return "numeric(" + type.precision() + "," + Objects.requireNonNullElse(type.scale(), 0) + ")";
    }
}
