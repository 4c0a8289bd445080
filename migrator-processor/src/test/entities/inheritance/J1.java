package inheritance;
import jakarta.persistence.*;
@Entity @Inheritance(strategy=InheritanceType.JOINED) @DiscriminatorColumn public class J1 { @Id Long id; }
