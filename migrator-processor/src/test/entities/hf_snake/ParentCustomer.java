package hf_snake;
import jakarta.persistence.*;
@Entity public class ParentCustomer { @Id Long customerId; }
