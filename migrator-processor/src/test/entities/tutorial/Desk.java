package tutorial;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
public class Desk {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID deskId;
}
