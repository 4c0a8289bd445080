package hf_gen2;
import jakarta.persistence.*; import org.hibernate.annotations.GenericGenerator;
@Entity public class G3 { @Id @GeneratedValue(generator = "uuid2") @GenericGenerator(name = "uuid2", strategy = "uuid2") String id; }
