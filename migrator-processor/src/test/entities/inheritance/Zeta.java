package inheritance;
import jakarta.persistence.*;
@Entity public class Zeta extends Root { int z; String zs; }
