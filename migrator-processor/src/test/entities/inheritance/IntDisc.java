package inheritance;
import jakarta.persistence.*;
@Entity @DiscriminatorColumn(discriminatorType=DiscriminatorType.INTEGER) @DiscriminatorValue("1") public class IntDisc { @Id Long id; }
