package validation;
import jakarta.persistence.*; import jakarta.validation.constraints.*; import java.math.BigDecimal;
@Entity public class Valid { @Id Long id; @NotNull String a; @Size(max=50) String b; @NotBlank String c; @Min(1) @Max(10) int d; @Digits(integer=5, fraction=2) BigDecimal e; @NotNull @ManyToOne Valid f; @Size(max=20) @Column(length=100) String g; @Min(0) Integer h; @NotNull(groups=Object.class) String i; }
