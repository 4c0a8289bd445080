package schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A line of an order: keys inside the sales schema and across to the inventory schema. */
@Entity
@Table(schema = "sales",
        uniqueConstraints = @UniqueConstraint(columnNames = {"order_id", "product_id"}),
        indexes = @Index(columnList = "quantity"))
public class OrderLine {
    @Id
    Long id;

    @ManyToOne(optional = false)
    PurchaseOrder order;

    @ManyToOne
    Product product;

    int quantity;
}
