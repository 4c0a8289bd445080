package hf_gen;
import jakarta.persistence.*;
@Entity @Table(name="auto_int_tbl") public class AutoInt { @Id @GeneratedValue Integer id; }
