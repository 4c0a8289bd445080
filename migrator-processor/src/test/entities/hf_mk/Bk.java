package hf_mk;
import jakarta.persistence.*;
@Entity public class Bk { @Id Long id; String title; }
