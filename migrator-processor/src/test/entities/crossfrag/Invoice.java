package crossfrag;
import jakarta.persistence.*;
import java.util.List;
@Entity public class Invoice { @Id Long id;
  @OneToMany @JoinColumn(name = "invoice_id") List<InvoiceLine> lines;
}
