package crossfrag;
import jakarta.persistence.*;
@Entity public class InvoiceLine { @Id Long id;
  @ManyToOne(optional = false) @JoinColumn(name = "invoice_id", insertable = false, updatable = false) Invoice invoice;
}
