package hf_gen;
import jakarta.persistence.*;
@Entity public class SeqExplicit { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "g1") @SequenceGenerator(name = "g1", sequenceName = "my_seq", allocationSize = 10, initialValue = 100) Long id; }
