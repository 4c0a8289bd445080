package collections;
import jakarta.persistence.*;
@Entity public class Country { @Id String code; }
