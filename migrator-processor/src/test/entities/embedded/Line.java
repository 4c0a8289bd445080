package embedded;
import jakarta.persistence.*;
@Entity public class Line { @Id @GeneratedValue Long id; @ManyToOne Purchase purchase; }
