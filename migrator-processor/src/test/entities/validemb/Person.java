package validemb;
import jakarta.persistence.*; import jakarta.validation.Valid; import jakarta.validation.constraints.*;
@Entity public class Person {
  @Id Long id;
  Addr plain;
  @AttributeOverride(name="street", column=@Column(name="v_street")) @AttributeOverride(name="zip", column=@Column(name="v_zip")) @AttributeOverride(name="no", column=@Column(name="v_no")) @AttributeOverride(name="geo.lat", column=@Column(name="v_lat"))
  @Valid Addr valid;
  @AttributeOverride(name="street", column=@Column(name="n_street")) @AttributeOverride(name="zip", column=@Column(name="n_zip")) @AttributeOverride(name="no", column=@Column(name="n_no")) @AttributeOverride(name="geo.lat", column=@Column(name="n_lat"))
  @Valid @NotNull Addr validNotNull;
  @AttributeOverride(name="street", column=@Column(name="o_street")) @AttributeOverride(name="zip", column=@Column(name="o_zip")) @AttributeOverride(name="no", column=@Column(name="o_no")) @AttributeOverride(name="geo.lat", column=@Column(name="o_lat"))
  @NotNull Addr onlyNotNull;
  @NotNull @Size(max=5) @ElementCollection java.util.List<String> tags;
  @Valid @NotNull @ElementCollection java.util.List<Geo> geos;
  @Min(3) @NotNull @ElementCollection java.util.List<Integer> nums;
}
