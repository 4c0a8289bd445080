package refs;
import jakarta.persistence.*;
@Entity public class Unit { @Id Long id; }
