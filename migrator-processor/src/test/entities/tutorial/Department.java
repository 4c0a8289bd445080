package tutorial;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Department {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    @Column(length = 100, nullable = false, unique = true) String name;
    @ManyToMany(mappedBy = "departments") Set<Employee> employees;
    @ManyToMany Set<Employee> managers;
}
