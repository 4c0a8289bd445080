package hf_gen2;
import jakarta.persistence.*;
@Entity public class G2 { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bar") Long id; }
