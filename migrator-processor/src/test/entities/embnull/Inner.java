package embnull;
import jakarta.persistence.*;
@Embeddable public class Inner { int ix; @Column(name="iy") int iy; @Basic(optional=false) Integer ib; double id2; }
