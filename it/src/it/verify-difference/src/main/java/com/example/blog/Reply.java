package com.example.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Reply {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Post post;

    String text;
}
