package hf_gen;
import jakarta.persistence.*;
@Entity public class IdentInt { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) int id; }
