package dev.custody.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited records, with when and who. */
@Entity
@Table(name = "revision_info")
@RevisionEntity(RevisionUserListener.class)
public class RevisionInfo {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;
    @RevisionTimestamp
    public long timestamp;
    public String username;
}
