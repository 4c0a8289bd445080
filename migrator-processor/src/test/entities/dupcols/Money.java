package dupcols;
import jakarta.persistence.*;
@Embeddable public class Money {
  @Column(name = "amount", length = 20) String amount;
  String currency;
}
