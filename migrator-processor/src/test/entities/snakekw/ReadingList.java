package snakekw;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class ReadingList {
    @Id Long id;
    String displayName;
    @ManyToMany Set<BookShelf> shelves;
}
