package hf_gen2;
import jakarta.persistence.*;
@Entity @SequenceGenerator(name = "shared", sequenceName = "shared_seq", allocationSize = 5) public class G5 { @Id @GeneratedValue(generator = "shared") Long id; }
