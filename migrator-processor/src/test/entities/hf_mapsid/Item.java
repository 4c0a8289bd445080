package hf_mapsid;
import jakarta.persistence.*;
@Entity public class Item { @EmbeddedId ItemId id; @MapsId("orderId") @ManyToOne Ord ord; @MapsId("productId") @ManyToOne @JoinColumn(name = "prod") Product product; int qty; }
