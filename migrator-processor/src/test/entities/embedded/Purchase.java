package embedded;
import jakarta.persistence.*;
@Entity public class Purchase { @EmbeddedId OrderKey key; @Embedded Money price; @Embedded @AttributeOverride(name="amount", column=@Column(name="tax_amt", precision=8, scale=3)) @AttributeOverride(name="currencyCode", column=@Column(name="tax_cur")) Money tax;
 Addr shipTo; }
