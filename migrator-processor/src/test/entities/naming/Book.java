package naming;
import jakarta.persistence.*;
@Entity
public class Book {
    @Id Long id;
    @ManyToOne Author author;
    @ManyToOne @JoinColumn(name = "CoAuthor_ID") Author coAuthor;
    @ManyToOne UserAcc owner;
    @ManyToOne @JoinColumn(foreignKey = @ForeignKey(name = "fk_explicit")) Author explicitFk;
    @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Author noFk;
}
