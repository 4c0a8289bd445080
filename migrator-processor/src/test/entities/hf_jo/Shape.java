package hf_jo;
import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.JOINED)
public class Shape { @Id @GeneratedValue Long id; String color; }
