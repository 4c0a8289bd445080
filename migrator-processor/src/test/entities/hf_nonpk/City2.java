package hf_nonpk;
import jakarta.persistence.*;
@Entity public class City2 { @Id Long id; @ManyToOne @JoinColumn(name = "country_iso", referencedColumnName = "iso") Country2 country; @ManyToOne @JoinColumn(referencedColumnName = "iso") Country2 other; }
