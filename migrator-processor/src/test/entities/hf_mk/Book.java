package hf_mk;
import jakarta.persistence.*;
@Entity public class Book { @Id Long id; }
