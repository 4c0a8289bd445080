package hf_gen;
import jakarta.persistence.*;
@Entity public class AutoLong { @Id @GeneratedValue Long id; }
