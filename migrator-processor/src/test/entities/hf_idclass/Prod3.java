package hf_idclass;
import jakarta.persistence.*;
@Entity public class Prod3 { @Id String sku; }
