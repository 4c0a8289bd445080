package embnull;
import jakarta.persistence.*;
@Embeddable public class Inner4 { int t; }
