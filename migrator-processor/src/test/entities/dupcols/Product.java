package dupcols;
import jakarta.persistence.*;
@Entity public class Product { @Id Long id; }
