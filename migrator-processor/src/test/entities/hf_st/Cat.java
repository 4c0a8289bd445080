package hf_st;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("C") public class Cat extends Animal { int lives; }
