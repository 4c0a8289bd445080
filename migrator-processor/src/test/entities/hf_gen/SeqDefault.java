package hf_gen;
import jakarta.persistence.*;
@Entity public class SeqDefault { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id; }
