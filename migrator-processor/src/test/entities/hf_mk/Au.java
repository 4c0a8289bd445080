package hf_mk;
import jakarta.persistence.*;
@Entity public class Au { @Id Long id; String title; }
