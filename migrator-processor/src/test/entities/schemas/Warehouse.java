package schemas;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A warehouse in the inventory schema, with a collection table placed in that schema explicitly. */
@Entity
@Table(name = "warehouse", schema = "inventory")
public class Warehouse {
    @Id
    Long id;

    String city;

    @ElementCollection
    @CollectionTable(name = "warehouse_alias", schema = "inventory")
    Set<String> aliases = new HashSet<>();
}
