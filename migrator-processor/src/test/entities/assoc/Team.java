package assoc;

import jakarta.persistence.*;
import java.util.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "app_team")
public class Team {
    @Id @GeneratedValue Long id;
    @ManyToMany @OrderColumn List<Skill> orderedSkills;
    @ManyToMany Map<String, Tool> mapSkills;
    @OneToMany Set<Badge> uniSkillSet;
    @OneToMany @JoinColumn(name = "team_fk") List<Coach> coaches;
    @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Team parent;
}
