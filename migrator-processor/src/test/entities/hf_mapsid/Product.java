package hf_mapsid;
import jakarta.persistence.*;
@Entity public class Product { @Id String sku; }
