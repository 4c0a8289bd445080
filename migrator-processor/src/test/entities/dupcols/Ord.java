package dupcols;
import jakarta.persistence.*;
import java.util.List;
@Entity public class Ord { @Id Long id;
  @OneToMany @JoinColumn(name = "ord_id") List<Line> lines;
}
