package misc;
import jakarta.persistence.*; import org.hibernate.type.*;
@Entity public class Flags { @Id Long id; @Convert(converter = YesNoConverter.class) Boolean yn; @Convert(converter = TrueFalseConverter.class) boolean tf; @Convert(converter = NumericBooleanConverter.class) Boolean nb; }
