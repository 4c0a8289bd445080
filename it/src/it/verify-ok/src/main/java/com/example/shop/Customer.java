package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Table "user": a keyword on both databases, quoted by Hibernate and by migrator. */
@Entity
@Table(name = "user", indexes = @Index(columnList = "email"))
public class Customer {
    @Id
    @GeneratedValue
    Long id;

    @NotBlank
    @Size(max = 120)
    @Column(unique = true)
    String email;

    @Embedded
    Address address;
}
