package snakekw;

import jakarta.persistence.*;

@Entity
@Table(name = "order")
public class BookShelf {
    @Id Long id;
}
