package inheritance;
import jakarta.persistence.*;
@Entity public abstract class Mid extends Root { boolean m; }
