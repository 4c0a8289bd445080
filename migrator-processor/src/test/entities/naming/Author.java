package naming;
import jakarta.persistence.*;
@Entity
@Table(indexes = {@Index(columnList = "lastName"), @Index(columnList = "lastName, firstName desc"), @Index(columnList = "email", unique = true)},
       uniqueConstraints = {@UniqueConstraint(columnNames = {"lastName", "firstName"}), @UniqueConstraint(columnNames = {"nick"})})
public class Author {
    @Id Long id;
    @Column(unique = true) String email;
    String firstName;
    String lastName;
    String nick;
    @Column(unique = true, name = "SSN_Code") String ssn;
}
