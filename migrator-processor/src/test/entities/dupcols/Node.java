package dupcols;
import jakarta.persistence.*;
import java.util.List;
@Entity public class Node { @Id Long id;
  @OneToMany @JoinColumn(name = "parent_id") List<Node> children;
  @Column(name = "parent_id", insertable = false, updatable = false) Long parentId;
  @Embedded Money price;
  @Column(name = "amount", insertable = false, updatable = false, length = 5) String amountText;
}
