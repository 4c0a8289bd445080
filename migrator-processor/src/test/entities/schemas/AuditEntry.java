package schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** An audit entry whose ids come from a generator table in its own schema. */
@Entity
@Table(schema = "audit")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_ids")
    @TableGenerator(name = "audit_ids", table = "audit_ids", schema = "audit")
    Long id;

    String action;
}
