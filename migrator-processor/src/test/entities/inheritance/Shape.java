package inheritance;
import jakarta.persistence.*;
@Entity @Inheritance(strategy=InheritanceType.TABLE_PER_CLASS) public abstract class Shape { @Id @GeneratedValue Long id; int sides; }
