package inheritance;
import jakarta.persistence.*;
@Entity @DiscriminatorColumn(name="kind", length=10) @DiscriminatorValue("D") public class Doc { @Id @GeneratedValue(strategy=GenerationType.IDENTITY) Long id; }
