package collections;
import jakarta.persistence.*;
@Embeddable public class Addr { String street; @Column(length=10, nullable=false) String zip; @ManyToOne Country country; }
