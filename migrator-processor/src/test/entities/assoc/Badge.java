package assoc;

import jakarta.persistence.*;

@Entity
public class Badge {
    @Id @GeneratedValue Long id;
}
