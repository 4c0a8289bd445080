package hf_gen;
import jakarta.persistence.*;
@Entity public class TabDefault2 { @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id; }
