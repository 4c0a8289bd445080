package hf_rel2;
import jakarta.persistence.*;
@Entity public class SkB { @Id Long id; }
