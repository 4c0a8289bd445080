package hf_snake;
import jakarta.persistence.*;
import java.util.*;
@Entity
@Table(indexes = @Index(columnList = "orderDate"), uniqueConstraints = @UniqueConstraint(columnNames = {"order_date", "myURL"}))
public class OrderLine {
    @Id @GeneratedValue Long id;
    String orderDate;
    String myURL;
    String URLValue;
    String address2Line;
    String fieldA;
    String already_snake;
    String foo_Bar;
    String aB;
    String abC1;
    String a1B2c;
    @Column(name = "`QuotedCol`") String quoted;
    @Column(name = "ExplicitCamel") String explicitCamel;
    @Column(unique = true) String uniqueCode;
    @ManyToOne ParentCustomer parentCustomer;
    @ElementCollection Set<String> tagNames;
    @ManyToMany Set<ParentCustomer> otherCustomers;
    String user;
}
