package hf_jo;
import jakarta.persistence.*;
@Entity public class Circle extends Shape { double radius; }
