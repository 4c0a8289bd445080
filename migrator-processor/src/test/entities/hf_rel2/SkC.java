package hf_rel2;
import jakarta.persistence.*;
@Entity public class SkC { @Id Long id; }
