package refs;
import jakarta.persistence.*;
@Entity public class Worker { @Id Long id; @ManyToOne @JoinTable(name = "worker_team", joinColumns = @JoinColumn(name = "worker_id"), inverseJoinColumns = @JoinColumn(name = "unit_id")) Unit unit; @OneToOne @JoinTable(name = "worker_desk") Desk desk; @ManyToOne @JoinTable Unit backup; @ManyToOne(optional = false) @JoinTable(name = "worker_boss") Worker boss; }
