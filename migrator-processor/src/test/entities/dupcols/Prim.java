package dupcols;
import jakarta.persistence.*;
@Entity public class Prim { @Id Long id;
  @Column(name = "pc") long pc;
  @Column(name = "pr", insertable = false, updatable = false) long pr;
  long plain;
}
