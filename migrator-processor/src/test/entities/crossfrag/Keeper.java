package crossfrag;
import jakarta.persistence.*;
@Entity public class Keeper { @Id Long id; }
