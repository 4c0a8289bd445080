package tutorial;

import jakarta.persistence.*;

@Entity
public class Address {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ManyToOne User user;
}
