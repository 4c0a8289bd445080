package com.example.tutorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The tutorial's user, in table {@code user}: a reserved word on both databases. */
@Entity
@Table(name = "user")
public class User {
    @Id
    @GeneratedValue
    Long id;

    String name;

    String fullname;

    @Column(length = 50)
    String nickname;

    @OneToMany(mappedBy = "user")
    List<Address> addresses = new ArrayList<>();
}
