package hf_jo;
import jakarta.persistence.*;
@Entity public class Leaf extends Node { String val; }
