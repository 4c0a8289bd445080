package hf_gen;
import jakarta.persistence.*;
@Entity public class IdentLong { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; }
