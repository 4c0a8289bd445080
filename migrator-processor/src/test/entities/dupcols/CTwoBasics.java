package dupcols;
import jakarta.persistence.*;
@Entity public class CTwoBasics { @Id Long id;
  @Column(name = "code", length = 10) String zeta;
  @Column(name = "code", length = 30, insertable = false, updatable = false) String alpha;
  @Column(name = "u", unique = true, insertable = false, updatable = false) String a1;
  @Column(name = "u") String b1;
  @Column(name = "v") String a2;
  @Column(name = "v", unique = true, insertable = false, updatable = false, nullable = false) String b2;
  @Column(name = "w", insertable = false, updatable = false, length = 7) String a3;
  @Column(name = "w", insertable = false, updatable = false, length = 9) String b3;
  @Column(name = "id", insertable = false, updatable = false) Long idCopy;
}
