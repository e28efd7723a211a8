package dev.custody.gating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * One condition of a decision, kept beside the decision's JSON so that overdue conditions can be queried; it is
 * recorded as met once (who, when, evidence), never unmet.
 */
@Entity
@Audited
@Table(name = "gate_condition")
public class DecisionCondition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long decisionId;
    public long purchaseRequestId;
    @Column(name = "condition_index")
    public int ordinal;
    public String name;
    public LocalDate deadline;
    public String metBy;
    public Instant metAt;
    public String evidence;

    public boolean met() {
        return metAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !met() && deadline != null && deadline.isBefore(today);
    }

    public static List<DecisionCondition> of(long decisionId) {
        return list("decisionId = ?1 order by ordinal", decisionId);
    }
}
