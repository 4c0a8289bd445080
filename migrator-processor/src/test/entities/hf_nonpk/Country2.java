package hf_nonpk;
import jakarta.persistence.*;
@Entity public class Country2 { @Id Long id; @Column(length = 2) String iso; }
