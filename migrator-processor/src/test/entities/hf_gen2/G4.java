package hf_gen2;
import jakarta.persistence.*;
@Entity public class G4 { @Id @GeneratedValue(generator = "shared") Long id; }
