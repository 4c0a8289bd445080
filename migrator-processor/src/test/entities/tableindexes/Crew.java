package tableindexes;
import jakarta.persistence.*; import java.util.*;
@Entity @SecondaryTable(name = "crew_extra", indexes = @Index(columnList = "motto"))
public class Crew { @Id Long id; @Column(table = "crew_extra") String motto;
 @ManyToMany @JoinTable(name = "crew_member", indexes = @Index(columnList = "member_id"), uniqueConstraints = @UniqueConstraint(columnNames = {"Crew_id", "member_id"}), joinColumns = @JoinColumn(name = "Crew_id"), inverseJoinColumns = @JoinColumn(name = "member_id")) List<Member> members;
 @ElementCollection @CollectionTable(indexes = @Index(columnList = "tags")) List<String> tags; }
