package inheritance;
import jakarta.persistence.*;
@Entity public class Truck extends Vehicle { int axles; }
