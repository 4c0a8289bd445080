package inheritance;
import jakarta.persistence.*;
@Entity @PrimaryKeyJoinColumn(name="boat_id") public class Boat extends Vehicle { int masts; }
