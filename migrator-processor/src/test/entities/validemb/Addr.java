package validemb;
import jakarta.persistence.*; import jakarta.validation.Valid; import jakarta.validation.constraints.*;
@Embeddable public class Addr { @NotNull String street; @Size(max=10) String zip; @Min(1) Integer no; @Valid @NotNull Geo geo; }
