package schemas;

import jakarta.persistence.*;
import java.util.List;

/** Schema user (a keyword): ids from a generator table there, labels in a collection table in library. */
@Entity
@Table(schema = "user", indexes = @Index(columnList = "room"))
public class Shelf {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "shelf_ids")
    @TableGenerator(name = "shelf_ids", table = "shelf_ids", schema = "user")
    Long id;

    String room;

    @ManyToOne
    Reader owner;

    @ElementCollection
    @CollectionTable(name = "shelf_label", schema = "library")
    List<String> labels;
}
