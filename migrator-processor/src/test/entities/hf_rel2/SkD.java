package hf_rel2;
import jakarta.persistence.*;
@Entity public class SkD { @Id Long id; }
