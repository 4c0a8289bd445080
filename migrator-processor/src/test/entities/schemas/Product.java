package schemas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A product in the inventory schema, with a unique column and an index (hashed names). */
@Entity
@Table(schema = "inventory", indexes = @Index(columnList = "name"))
public class Product {
    @Id
    Long id;

    @Column(nullable = false, unique = true, length = 40)
    String sku;

    String name;
}
