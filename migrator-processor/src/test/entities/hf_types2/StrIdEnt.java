package hf_types2;
import jakarta.persistence.*;
@Entity
public class StrIdEnt {
    @Id String code;
    @Version int version;
}
