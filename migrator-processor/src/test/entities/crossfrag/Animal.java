package crossfrag;
import jakarta.persistence.*;
@Entity public class Animal { @Id Long id;
  @ManyToOne(optional = false) @JoinColumn(name = "keeper_id") Keeper keeper;
}
