package misc;
import jakarta.persistence.*; import org.hibernate.annotations.*;
@Entity public class Nat2 { @Id Long id; @NaturalId String a; @NaturalId Integer b; }
