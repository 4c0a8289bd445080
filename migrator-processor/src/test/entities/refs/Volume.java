package refs;
import jakarta.persistence.*;
@Entity public class Volume { @Id Long id; @Column(unique = true, length = 13) String isbn; @Column(name = "series_code", length = 10) String series; Integer no; @ManyToOne @JoinColumn(name = "pub_code", referencedColumnName = "code") Pub pub; }
