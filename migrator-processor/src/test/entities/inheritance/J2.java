package inheritance;
import jakarta.persistence.*;
@Entity public class J2 extends J1 { int j; }
