package inheritance;
import jakarta.persistence.*;
@Entity public class Leaf extends Mid { @Column(nullable=false) String l; }
