package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

@Entity
@Table(name = "orders")
public class PurchaseOrder {
    @Id
    @GeneratedValue
    Long id;

    @NotNull
    @ManyToOne
    Customer customer;

    @Enumerated(EnumType.STRING)
    Status status;

    Instant placedAt;
}
