package collections;
import jakarta.persistence.*; import java.math.*;
@Embeddable public class Money { BigDecimal amount; String currencyCode; }
