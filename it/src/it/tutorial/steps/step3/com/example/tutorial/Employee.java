package com.example.tutorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** An employee works in several departments: the owning side, with Hibernate's implicit join table. */
@Entity
public class Employee {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    String name;

    @Column(length = 20)
    String phone;

    @ManyToMany
    Set<Department> departments = new HashSet<>();
}
