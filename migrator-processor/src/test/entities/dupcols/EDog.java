package dupcols;
import jakarta.persistence.*;
@Entity public class EDog extends EAnimal {
  @ManyToOne @JoinColumn(name = "owner_id") Product owner;
  @Column(name = "owner_id", insertable = false, updatable = false) Long ownerId;
  @Column(name = "shared", length = 50, insertable = false, updatable = false) String sharedCopy;
}
