package crossfrag;
import jakarta.persistence.*;
@Entity public class OrderLine { @Id Long id;
  @Column(name = "order_id", insertable = false, updatable = false) Long orderId;
  @Column(name = "line_no", insertable = false, updatable = false) Long lineNo;
}
