package dupcols;
import jakarta.persistence.*;
@Entity public class AJoinWritable { @Id Long id;
  @ManyToOne(optional = false) @JoinColumn(name = "product_id") Product product;
  @Column(name = "product_id", insertable = false, updatable = false) Long productId;
  @OneToOne @JoinColumn(name = "p_id") Product p;
  @Column(name = "p_id", insertable = false, updatable = false) Long pId;
  @ManyToOne @JoinColumn(name = "q_id") Product q;
  @Column(name = "q_id", insertable = false, updatable = false, unique = true) Long qId;
  @ManyToOne(optional = false) @JoinColumn(name = "r_id") Product r;
  @Column(name = "r_id", insertable = false, updatable = false) long rId;
}
