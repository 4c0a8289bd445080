package tutorial;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "user")
public class User {
    @Id @GeneratedValue Long id;
    String name;
    String fullname;
    String nickname;
    @OneToMany(mappedBy = "user") List<Address> addresses;
}
