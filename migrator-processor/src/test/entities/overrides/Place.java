package overrides;
import jakarta.persistence.*;
@Embeddable public class Place { String label; @ManyToOne Site site; }
