package hf_idclass;
import jakarta.persistence.*;
@Entity @IdClass(Line3.Key.class) public class Line3 { @Id @ManyToOne Ord3 ord; @Id @ManyToOne @JoinColumn(name = "sku_ref") Prod3 prod; @Id int lineNo; int qty;
 public static class Key implements java.io.Serializable { Long ord; String prod; int lineNo; } }
