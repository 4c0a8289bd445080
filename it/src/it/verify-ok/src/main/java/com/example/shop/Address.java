package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 80)
    String street;
    String city;
    @Column(name = "zip", length = 10)
    String postalCode;
}
