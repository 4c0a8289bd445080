package overrides;
import jakarta.persistence.*;
@MappedSuperclass public abstract class Base { @Id @GeneratedValue Long id; String code; @ManyToOne Site site; }
