package inheritance;
import jakarta.persistence.*;
@Entity @Inheritance(strategy=InheritanceType.SINGLE_TABLE) public class Solo { @Id Long id; }
