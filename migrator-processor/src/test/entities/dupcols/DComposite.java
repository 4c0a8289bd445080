package dupcols;
import jakarta.persistence.*;
@Entity public class DComposite { @Id Long id;
  @ManyToOne(optional = false) @JoinColumns({@JoinColumn(name = "c_k1", referencedColumnName = "k1"), @JoinColumn(name = "c_k2", referencedColumnName = "k2")}) Comp c;
  @Column(name = "c_k1", insertable = false, updatable = false) Long ck1;
  @ManyToOne @JoinColumns({@JoinColumn(name = "d_k1", referencedColumnName = "k1", insertable = false, updatable = false), @JoinColumn(name = "d_k2", referencedColumnName = "k2", insertable = false, updatable = false)}) Comp d;
  @Column(name = "d_k1", nullable = false) Long dk1;
  @Column(name = "d_k2") Long dk2;
}
