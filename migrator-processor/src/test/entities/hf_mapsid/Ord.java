package hf_mapsid;
import jakarta.persistence.*;
@Entity @Table(name = "orders") public class Ord { @Id Long id; }
