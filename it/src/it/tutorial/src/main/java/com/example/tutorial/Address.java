package com.example.tutorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An address belongs to one user. */
@Entity
public class Address {
    @Id
    @GeneratedValue
    Long id;

    @Column(name = "email_address", nullable = false)
    String emailAddress;

    @ManyToOne
    User user;
}
