package crossfrag;
import jakarta.persistence.*;
@Entity public class Toy { @Id Long id; }
