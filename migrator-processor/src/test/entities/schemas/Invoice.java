package schemas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An invoice in a schema whose name is a keyword ({@code order}: Hibernate quotes it), with a
 * secondary table in that schema and a key to an order in another schema.
 */
@Entity
@Table(name = "invoice", schema = "order")
@SecondaryTable(name = "invoice_detail", schema = "order")
public class Invoice {
    @Id
    Long id;

    @OneToOne
    PurchaseOrder purchase;

    BigDecimal total;

    @Column(table = "invoice_detail", length = 500)
    String remarks;
}
