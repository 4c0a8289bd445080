package inheritance;
import jakarta.persistence.*;
@Entity public abstract class Animal { @Id @GeneratedValue Long id; String name; }
