package overrides;
import jakarta.persistence.*;
@Entity @AttributeOverride(name = "id", column = @Column(name = "machine_id")) @AttributeOverride(name = "code", column = @Column(name = "serial", length = 30, nullable = false))
@AssociationOverride(name = "site", joinColumns = @JoinColumn(name = "home_site"))
public class Machine extends Base { @Embedded @AttributeOverride(name = "label", column = @Column(name = "from_label")) @AssociationOverride(name = "site", joinColumns = @JoinColumn(name = "from_site")) Place origin;
 @Embedded @AttributeOverride(name = "label", column = @Column(name = "to_label")) @AssociationOverride(name = "site", joinColumns = @JoinColumn(name = "to_site")) Place target; }
