package hf_gen;
import jakarta.persistence.*;
@Entity public class SeqNoName { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gen_name_only") @SequenceGenerator(name = "gen_name_only") Long id; }
