package crossfragclash;
import jakarta.persistence.*;
@Entity public class Animal { @Id Long id; }
