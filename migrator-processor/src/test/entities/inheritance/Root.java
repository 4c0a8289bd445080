package inheritance;
import jakarta.persistence.*;
@Entity public class Root { @Id @GeneratedValue Long id; }
