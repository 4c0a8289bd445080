package tableindexes;
import jakarta.persistence.*;
@Entity public class Member { @Id Long id; }
