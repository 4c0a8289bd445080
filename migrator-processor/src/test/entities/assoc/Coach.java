package assoc;

import jakarta.persistence.*;

@Entity
public class Coach {
    @Id @GeneratedValue Long id;
}
