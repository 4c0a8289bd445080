package crossfrag;
import jakarta.persistence.*;
import java.util.List;
@Entity @Table(name = "orders") public class Order { @Id Long id;
  @OneToMany @JoinColumn(name = "order_id", nullable = false) @OrderColumn(name = "line_no") List<OrderLine> lines;
}
