package dev.migrator.processor.jar;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** On the class path of the compilations in {@code AutoApplyConvertersTest}, as a converter from a jar is. */
@Converter(autoApply = true)
public class PercentConverter implements AttributeConverter<Percent, Short> {
    @Override
    public Short convertToDatabaseColumn(Percent percent) {
        return percent == null ? null : (short) percent.basisPoints();
    }

    @Override
    public Percent convertToEntityAttribute(Short value) {
        return value == null ? null : new Percent(value);
    }
}
