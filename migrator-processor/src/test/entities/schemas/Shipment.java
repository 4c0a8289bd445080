package schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A shipment in the sales schema: an implicit sequence ({@code Shipment_SEQ}, which Hibernate puts
 * in the default schema) and a join table placed in the inventory schema.
 */
@Entity
@Table(schema = "sales")
public class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @ManyToOne
    PurchaseOrder order;

    @ManyToMany
    @JoinTable(name = "shipment_warehouse", schema = "inventory")
    Set<Warehouse> warehouses = new HashSet<>();
}
