package collections;
import jakarta.persistence.*;
@Embeddable public class OrderKey implements java.io.Serializable { Long shopId; int orderNo; }
