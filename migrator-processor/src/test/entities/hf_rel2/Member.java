package hf_rel2;
import jakarta.persistence.*;
import java.util.*;
@Entity @Table(name = "app_member") public class Member {
    @Id Long id;
    @ManyToMany Set<SkA> setSkills;
    @ManyToMany List<SkB> listSkills;
    @ManyToMany @OrderColumn List<SkC> orderedSkills;
    @ManyToMany Map<String, SkD> mapSkills;
    @ManyToMany Set<SkBi> biSkills;
    @ElementCollection Set<Integer> luckyNumbers;
    @ElementCollection @Column(nullable = false) Set<String> nnTags;
}
