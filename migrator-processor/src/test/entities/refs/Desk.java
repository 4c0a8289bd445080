package refs;
import jakarta.persistence.*;
@Entity public class Desk { @Id Integer number; }
