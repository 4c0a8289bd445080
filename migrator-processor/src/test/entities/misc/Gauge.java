package misc;
import jakarta.persistence.*; import org.hibernate.annotations.*; import org.hibernate.type.SqlTypes; import java.util.Map;
@Entity @Table(check = @CheckConstraint(name = "ck_gauge", constraint = "v < 100"))
public class Gauge { @Id Long id; @Column(check = @CheckConstraint(constraint = "v > 0")) Integer v; @Formula("v * 2") Integer doubled; @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> attrs;
 @Column(check = @CheckConstraint(name = "ck_w", constraint = "w > 1")) Integer w; @Column(comment = "the x") String x; }
