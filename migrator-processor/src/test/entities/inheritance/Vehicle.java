package inheritance;
import jakarta.persistence.*;
@Entity @Inheritance(strategy=InheritanceType.JOINED) public class Vehicle { @Id @GeneratedValue Long id; String make; }
