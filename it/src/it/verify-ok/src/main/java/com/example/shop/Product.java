package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Set;

@Entity
public class Product {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 200, nullable = false)
    String name;

    @Column(precision = 10, scale = 2)
    BigDecimal price;

    @Min(0)
    int stock;

    @ManyToMany
    Set<Category> categories;
}
