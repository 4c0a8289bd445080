package dupcols;
import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) public class EAnimal { @Id Long id;
  @Column(name = "shared", length = 12) String shared;
}
