package hf_jo;
import jakarta.persistence.*;
@Entity @PrimaryKeyJoinColumn(name = "square_id") public class Square extends Shape { double side; }
