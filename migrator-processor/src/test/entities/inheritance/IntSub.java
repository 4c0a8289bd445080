package inheritance;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("2") public class IntSub extends IntDisc { }
