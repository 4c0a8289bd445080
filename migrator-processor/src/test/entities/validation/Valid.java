package validation;
import jakarta.persistence.*; import jakarta.validation.constraints.*; import java.math.BigDecimal;
@Entity public class Valid { @Id Long id; @NotNull String a; @Size(max=50) String b; @NotBlank String c; @Min(1) @Max(10) int d; @Digits(integer=5, fraction=2) BigDecimal e; @NotNull @ManyToOne Valid f; @Size(max=20) @Column(length=100) String g; @Min(0) Integer h; @NotNull(groups=Object.class) String i;
 @Min(13) @Max(130) Integer age; @Min(-5) @Max(5) Long z; @Min(0) @Max(100) @NotNull Integer p; @org.hibernate.validator.constraints.Range(min=13, max=130) Integer r; @Min(value=2, message="x") @Max(1000) Long m; @Max(7) Integer onlyMax; }
