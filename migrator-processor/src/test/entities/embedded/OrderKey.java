package embedded;
import jakarta.persistence.*;
@Embeddable public class OrderKey implements java.io.Serializable { Long shopId; int orderNo; }
