package refs;
import jakarta.persistence.*;
@Entity public class Note { @Id Long id; @ManyToOne(optional = false) @JoinColumn(name = "volume_isbn", referencedColumnName = "isbn") Volume volume; }
