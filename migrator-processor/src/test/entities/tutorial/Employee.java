package tutorial;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.Set;

@Entity
@Table(indexes = @Index(columnList = "lastName"),
        uniqueConstraints = @UniqueConstraint(name = "uk_emp_badge", columnNames = {"badgeNo"}))
public class Employee {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
    String lastName;
    int badgeNo;
    @Column(precision = 10, scale = 2) BigDecimal salary;
    @ManyToMany Set<Department> departments;
    @ManyToMany
    @JoinTable(name = "emp_project", joinColumns = @JoinColumn(name = "emp"), inverseJoinColumns = @JoinColumn(name = "proj"))
    Set<Project> projects;
    @ManyToMany Set<Project> pastProjects;
    @OneToOne @JoinColumn(name = "desk") Desk desk;
    @ManyToOne(optional = false) Department homeDept;
}
