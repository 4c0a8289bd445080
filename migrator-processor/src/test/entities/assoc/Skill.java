package assoc;

import jakarta.persistence.*;

@Entity
public class Skill {
    @Id @GeneratedValue Long id;
}
