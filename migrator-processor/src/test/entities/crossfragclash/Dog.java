package crossfragclash;
import jakarta.persistence.*;
@Entity public class Dog extends Animal { @Column(name = "tag", length = 40) String tag; }
