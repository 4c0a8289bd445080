package misc;
import jakarta.persistence.*; import org.hibernate.annotations.*;
@Entity @SecondaryTable(name="person_details") @org.hibernate.annotations.Check(constraints="age >= 0") @org.hibernate.annotations.Comment("people")
public class Person { @Id @GeneratedValue(strategy=GenerationType.TABLE) Long id; int age; @NaturalId String ssn; @Column(table="person_details") String bio; @Column(table="person_details", length=20) String phone;
 @ColumnDefault("'x'") String def; @org.hibernate.annotations.Comment("the name") String name; @Convert(converter=org.hibernate.type.YesNoConverter.class) Boolean flag; @org.hibernate.annotations.Check(constraints="score > 0") Integer score; }
