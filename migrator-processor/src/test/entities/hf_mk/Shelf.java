package hf_mk;
import jakarta.persistence.*; import java.util.*;
/** Hibernate 7.1.10: {@code create table Book (pos integer, id bigint not null, shelf_id bigint not null, ...)}: the order column stays nullable. */
@Entity public class Shelf { @Id Long id; @OneToMany @JoinColumn(name = "shelf_id", nullable = false) @OrderColumn(name = "pos") List<Book> books; }
