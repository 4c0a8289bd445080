package hf_types2;
import jakarta.persistence.*;
@Entity
public class UuidStrEnt {
    @Id @GeneratedValue(strategy = GenerationType.UUID) String id;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Color color;
    enum Color { RED, GREEN, BLUE, AZURE }
}
