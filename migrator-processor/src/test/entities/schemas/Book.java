package schemas;

import jakarta.persistence.*;
import java.util.Set;

/**
 * Schema library: an implicit sequence, join table and collection table (all three in the default
 * schema, as Hibernate places them), a join table in the keyword schema user, a secondary table.
 */
@Entity
@Table(schema = "library", uniqueConstraints = @UniqueConstraint(columnNames = {"isbn"}))
@SecondaryTable(name = "book_extra", schema = "library")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    String isbn;

    @Column(table = "book_extra")
    String blurb;

    @ManyToMany
    Set<Reader> readers;

    @ElementCollection
    Set<String> tags;

    @ManyToMany
    @JoinTable(name = "book_shelf", schema = "user")
    Set<Shelf> shelves;
}
