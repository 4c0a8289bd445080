package hf_mapsid;
import jakarta.persistence.*;
@Embeddable public class ItemId implements java.io.Serializable { Long orderId; String productId; }
