package schemas;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An order in the sales schema: its id from a sequence in that schema, a key into the default
 * schema, an implicit join table and an implicit collection table (which Hibernate leaves in the
 * default schema: only @JoinTable/@CollectionTable(schema) place them).
 */
@Entity
@Table(name = "orders", schema = "sales")
public class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_ids")
    @SequenceGenerator(name = "order_ids", sequenceName = "order_seq", schema = "sales", allocationSize = 20)
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    @ManyToMany
    Set<Product> favourites = new HashSet<>();

    @ElementCollection
    List<String> notes = new ArrayList<>();
}
