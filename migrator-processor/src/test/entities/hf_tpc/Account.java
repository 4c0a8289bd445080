package hf_tpc;
import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Account { @Id @GeneratedValue Long id; String owner2; }
