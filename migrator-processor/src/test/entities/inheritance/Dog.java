package inheritance;
import jakarta.persistence.*;
@Entity public class Dog extends Animal { int barks; @ManyToOne Country origin; }
