package hf_st;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("2") public class Car extends Vehicle { int doors; }
