package types;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.*;
import java.util.Date;
import java.util.UUID;

@Entity
public class AllTypes {
    enum Color { RED, GREEN, BLUE, AZURE }

    @Id Long id;
    boolean pbool;
    Boolean bbool;
    byte pbyte;
    Short bshort;
    int pint;
    long plong;
    float pfloat;
    Double bdouble;
    char pchar;
    String str;
    @Column(length = 100) String str100;
    @Column(nullable = false) String strNotNull;
    BigDecimal bigdec;
    @Column(precision = 10, scale = 2) BigDecimal bigdec102;
    @Column(precision = 12) BigDecimal bigdec12;
    BigInteger bigint;
    @Temporal(TemporalType.DATE) Date utilDateD;
    Date utilDateNoTemporal;
    byte[] bytes;
    @Column(length = 100) byte[] bytes100;
    @Lob String lobStr;
    @Lob byte[] lobBytes;
    char[] chars;
    @Enumerated(EnumType.STRING) Color enumStr;
    @Enumerated(EnumType.STRING) @Column(length = 20) Color enumStr20;
    @Enumerated(EnumType.ORDINAL) Color enumOrd;
    Color enumDefault;
    @Column(columnDefinition = "varchar(77) default 'x'") String colDef;
    LocalDate localDate;
    LocalTime localTime;
    LocalDateTime localDateTime;
    @Column(secondPrecision = 3) LocalDateTime ldtPrec3;
    Instant instant;
    OffsetDateTime offsetDateTime;
    ZonedDateTime zonedDateTime;
    OffsetTime offsetTime;
    Duration duration;
    UUID uuid;
    DayOfWeek dayOfWeek;
    Month month;
    Year year;
    @Column(precision = 5) Double doublePrec5;
    @Basic(optional = false) Integer required;
    @Transient String ignored;
    transient String alsoIgnored;
    static String notPersistent;
}
