package inheritance;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("M") public class Memo extends Doc { String body; }
