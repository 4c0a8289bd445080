package naming;
import jakarta.persistence.*;
@Entity
@Table(name = "`Quoted_T`")
public class QuotedT {
    @Id Long id;
    @Column(name = "`Mixed`", unique = true) String mixed;
    @ManyToOne Author author;
}
