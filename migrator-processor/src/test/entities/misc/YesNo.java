package misc;
import jakarta.persistence.*;
@Converter public class YesNo implements AttributeConverter<Boolean, Character> { public Character convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? 'Y' : 'N'; } public Boolean convertToEntityAttribute(Character c) { return c == null ? null : c == 'Y'; } }
