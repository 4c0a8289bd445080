package schemas;

import jakarta.persistence.*;

/** Default schema; its sequence is placed in schema library by @SequenceGenerator(schema). */
@Entity
public class Reader {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "readers")
    @SequenceGenerator(name = "readers", sequenceName = "reader_seq", schema = "library")
    Long id;

    String nickname;
}
