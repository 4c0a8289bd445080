package hf_gen;
import jakarta.persistence.*;
@Entity public class TabExplicit { @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "tg") @TableGenerator(name = "tg", table = "id_gen", pkColumnName = "gen_name", valueColumnName = "gen_val", pkColumnValue = "tabexp", allocationSize = 20, initialValue = 5) Long id; }
