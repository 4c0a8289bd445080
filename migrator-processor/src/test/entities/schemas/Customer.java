package schemas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A customer in the default schema, referenced from the sales schema. */
@Entity
public class Customer {
    @Id
    Long id;

    @Column(nullable = false, unique = true)
    String email;
}
