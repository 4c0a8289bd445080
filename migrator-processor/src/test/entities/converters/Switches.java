package converters;
import jakarta.persistence.*;
@Entity public class Switches {
  @Id Long id;

  @Convert(converter = Switches.YesNoChar.class) Boolean ync;
  @Convert(converter = Switches.OneZero.class) Boolean onezero;
  @Convert(converter = Switches.IfElse.class) boolean ifelse;
  @Convert(converter = Switches.Opaque.class) Boolean opaque;
  @Converter public static class YN implements AttributeConverter<Boolean, String> {
    public String convertToDatabaseColumn(Boolean b) { return b ? "y" : "n"; }
    public Boolean convertToEntityAttribute(String s) { return "y".equals(s); } }
  @Converter public static class YesNoChar implements AttributeConverter<Boolean, Character> {
    public Character convertToDatabaseColumn(Boolean value) { return value == null ? null : value ? 'Y' : 'N'; }
    public Boolean convertToEntityAttribute(Character value) { return value == null ? null : value == 'Y'; } }
  @Converter public static class OneZero implements AttributeConverter<Boolean, Integer> {
    public Integer convertToDatabaseColumn(Boolean b) { return Boolean.TRUE.equals(b) ? 1 : 0; }
    public Boolean convertToEntityAttribute(Integer i) { return i != null && i == 1; } }
  @Converter public static class IfElse implements AttributeConverter<Boolean, String> {
    public String convertToDatabaseColumn(Boolean b) { if (b == null) { return "U"; } else if (b) { return "T"; } return "F"; }
    public Boolean convertToEntityAttribute(String s) { return "T".equals(s); } }
  @Converter public static class Opaque implements AttributeConverter<Boolean, String> {
    public String convertToDatabaseColumn(Boolean b) { return String.valueOf(b).substring(0, 1); }
    public Boolean convertToEntityAttribute(String s) { return "t".equals(s); } }
}
