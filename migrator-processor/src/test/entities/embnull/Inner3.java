package embnull;
import jakarta.persistence.*;
@Embeddable public class Inner3 { int r; Inner4 deeper; }
