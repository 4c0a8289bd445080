package snakekw;

import jakarta.persistence.*;
import java.util.Set;

/** A keyword table name owning a many-to-many under snake_case: Hibernate joins the LOGICAL names ("user_ReadingList"), quoted. */
@Entity
@Table(name = "user")
public class AppUser {
    @Id Long id;
    @ManyToMany Set<ReadingList> readingLists;
    @ManyToMany Set<BookShelf> shelves;
}
