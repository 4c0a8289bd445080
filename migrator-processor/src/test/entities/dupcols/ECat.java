package dupcols;
import jakarta.persistence.*;
@Entity public class ECat extends EAnimal {
  @ManyToOne @JoinColumn(name = "owner_id") Product owner;
}
