package hf_rel2;
import jakarta.persistence.*;
@Entity public class SkA { @Id Long id; }
