package refs;
import jakarta.persistence.*;
@Entity public class Pub { @Id Long id; @org.hibernate.annotations.NaturalId @Column(length = 12) String code; }
