package crossfragclash;
import jakarta.persistence.*;
@Entity public class Cat extends Animal { @Column(name = "tag", length = 10) String tag; }
