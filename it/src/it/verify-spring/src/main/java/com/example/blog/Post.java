package com.example.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class Post {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true)
    UUID publicId;

    @Column(length = 200, nullable = false)
    String title;
}
