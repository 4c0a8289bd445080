package tutorial;

import jakarta.persistence.*;

@Entity
public class Project {
    @Id String projectCode;
}
