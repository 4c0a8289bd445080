package overrides;
import jakarta.persistence.*;
@Entity public class Site { @Id Long id; }
