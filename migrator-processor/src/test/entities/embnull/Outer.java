package embnull;
import jakarta.persistence.*;
@Embeddable public class Outer { int ox; @Column(name="oy") int oy; @Basic(optional=false) Integer ob; @Basic int oc; @Embedded Inner inner; }
