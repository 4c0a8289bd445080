package naming;
import jakarta.persistence.*;
@Entity
@Table(name = "user", indexes = @Index(columnList = "login"), uniqueConstraints = @UniqueConstraint(columnNames = {"login", "order"}))
public class UserAcc {
    @Id Long id;
    @Column(unique = true) String login;
    @Column(name = "order") Integer order;
    @ManyToOne Author author;
}
