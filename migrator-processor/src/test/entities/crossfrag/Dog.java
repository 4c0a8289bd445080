package crossfrag;
import jakarta.persistence.*;
@Entity public class Dog extends Animal {
  @Column(name = "toy_id", insertable = false, updatable = false) Long toyId;
}
