package hf_tpc;
import jakarta.persistence.*;
@Entity public class Thing extends Base { String label; }
