package hf_jo;
import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.JOINED) @DiscriminatorColumn
public class Node { @Id Long id; }
