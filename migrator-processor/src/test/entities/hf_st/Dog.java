package hf_st;
import jakarta.persistence.*;
@Entity public class Dog extends Animal { boolean barks; @Column(nullable = false) String breed; }
