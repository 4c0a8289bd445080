package hf_st;
import jakarta.persistence.*;
@Entity @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER) @DiscriminatorValue("1")
public class Vehicle { @Id Long id; }
