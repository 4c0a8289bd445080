package hf_gen;
import jakarta.persistence.*;
@Entity public class TabDefault { @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id; }
