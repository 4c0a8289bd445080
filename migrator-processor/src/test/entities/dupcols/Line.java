package dupcols;
import jakarta.persistence.*;
@Entity public class Line { @Id Long id;
  @Column(name = "ord_id", insertable = false, updatable = false) Long ordId;
}
