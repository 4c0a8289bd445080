package hf_idclass;
import jakarta.persistence.*;
@Entity public class Ord3 { @Id Long id; }
