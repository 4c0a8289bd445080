package dupcols;
import jakarta.persistence.*;
import java.io.Serializable;
@Entity @IdClass(Comp.Key.class) public class Comp {
  @Id Long k1; @Id Long k2;
  public static class Key implements Serializable { Long k1; Long k2;
    public boolean equals(Object o){return o instanceof Key k && java.util.Objects.equals(k1,k.k1)&&java.util.Objects.equals(k2,k.k2);} public int hashCode(){return java.util.Objects.hash(k1,k2);} }
}
