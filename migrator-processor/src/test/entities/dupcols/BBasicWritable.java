package dupcols;
import jakarta.persistence.*;
@Entity public class BBasicWritable { @Id Long id;
  @ManyToOne @JoinColumn(name = "product_id", insertable = false, updatable = false) Product product;
  @Column(name = "product_id", nullable = false) Long productId;
  @ManyToOne @JoinColumn(name = "other_id", insertable = false, updatable = false) Product other;
  Long other_id;
  @OneToOne @JoinColumn(name = "one_id", insertable = false, updatable = false, unique = true) Product one;
  @Column(name = "one_id") Long oneId;
}
