package inheritance;
import jakarta.persistence.*;
@Entity public class Square extends Shape { double edge; }
