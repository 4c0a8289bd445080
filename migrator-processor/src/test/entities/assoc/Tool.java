package assoc;

import jakarta.persistence.*;

@Entity
public class Tool {
    @Id @GeneratedValue Long id;
}
