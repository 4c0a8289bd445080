package embnull;
import jakarta.persistence.*;
@Embeddable public class Key { int k1; long k2; Inner2 kin; }
