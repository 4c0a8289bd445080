package crossfrag;
import jakarta.persistence.*;
@Entity public class Cat extends Animal {
  @Column(name = "keeper_id", insertable = false, updatable = false) Long keeperId;
  @OneToOne @JoinColumn(name = "toy_id") Toy toy;
}
