package validemb;
import jakarta.persistence.*; import jakarta.validation.constraints.*;
@Embeddable public class Geo { @NotNull @Max(90) Double lat; }
