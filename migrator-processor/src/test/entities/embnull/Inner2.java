package embnull;
import jakarta.persistence.*;
@Embeddable public class Inner2 { int q; String s; }
