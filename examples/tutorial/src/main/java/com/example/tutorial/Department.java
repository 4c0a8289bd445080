package com.example.tutorial;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** A department; the inverse side of the many-to-many with {@link Employee}. */
@Entity
public class Department {
    @Id
    @GeneratedValue
    Long id;

    String name;

    @ManyToMany(mappedBy = "departments")
    Set<Employee> employees = new HashSet<>();
}
