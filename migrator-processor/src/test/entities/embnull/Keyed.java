package embnull;
import jakarta.persistence.*;
@Entity public class Keyed { @EmbeddedId Key key; int plain; Inner3 other; }
