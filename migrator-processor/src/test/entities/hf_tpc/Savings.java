package hf_tpc;
import jakarta.persistence.*;
@Entity public class Savings extends Account { java.math.BigDecimal rate; }
