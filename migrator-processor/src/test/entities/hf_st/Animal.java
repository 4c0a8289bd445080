package hf_st;
import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Animal { @Id @GeneratedValue Long id; String name; int legs; }
