package inheritance;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("AA") public class Alpha extends Root { long a; }
