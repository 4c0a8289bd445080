package hf_gen2;
import jakarta.persistence.*;
@Entity public class G1 { @Id @GeneratedValue(generator = "foo_seq") Long id; }
