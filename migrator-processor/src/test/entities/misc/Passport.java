package misc;
import jakarta.persistence.*;
@Entity public class Passport { @Id Long id; @MapsId @OneToOne Person person; String number; }
