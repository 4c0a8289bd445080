package hf_gen;
import jakarta.persistence.*;
@Entity public class SeqAlloc1 { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "a1") @SequenceGenerator(name = "a1", sequenceName = "alloc1_seq", allocationSize = 1) Long id; }
