package hf_mk;
import jakarta.persistence.*; import java.util.*;
@Entity public class Lib { @Id Long id; @OneToMany @MapKey(name = "id") Map<Long, Bk> books; @ManyToMany @MapKey Map<Long, Au> authors;
 @OneToMany @JoinColumn(name = "lib_id") @OrderColumn List<Sh> shelves; }
