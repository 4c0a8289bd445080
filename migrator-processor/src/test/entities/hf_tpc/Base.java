package hf_tpc;
import jakarta.persistence.*;
@MappedSuperclass public abstract class Base { @Id @GeneratedValue Long id; @Version Long version; String createdBy; }
