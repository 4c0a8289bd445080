package hf_types2;
import jakarta.persistence.*;
import java.util.UUID;
@Entity
public class UuidEnt {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    String name;
}
