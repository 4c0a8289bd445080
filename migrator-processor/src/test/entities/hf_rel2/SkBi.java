package hf_rel2;
import jakarta.persistence.*;
import java.util.*;
@Entity public class SkBi { @Id Long id; @ManyToMany(mappedBy = "biSkills") Set<Member> members; }
