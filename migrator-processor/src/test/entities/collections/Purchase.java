package collections;
import jakarta.persistence.*; import java.util.*;
@Entity public class Purchase { @EmbeddedId OrderKey key; @Embedded Money price; @Embedded @AttributeOverride(name="amount", column=@Column(name="tax_amt", precision=8, scale=3)) @AttributeOverride(name="currencyCode", column=@Column(name="tax_cur")) Money tax;
 Addr shipTo;
 @ElementCollection Set<String> tags; @ElementCollection @CollectionTable(name="purchase_notes") @OrderColumn @Column(name="note", length=500) List<String> notes;
 @ElementCollection List<Money> payments; @ElementCollection @MapKeyColumn(name="k") Map<String,Integer> counters; }
