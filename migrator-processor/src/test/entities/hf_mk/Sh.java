package hf_mk;
import jakarta.persistence.*;
@Entity public class Sh { @Id Long id; String title; }
