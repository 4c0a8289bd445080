package embnull;
import jakarta.persistence.*; import java.util.*;
@Entity public class Holder {
  @Id Long id;
  @Embedded Outer outer;

  @ElementCollection List<Outer> outers;

}
