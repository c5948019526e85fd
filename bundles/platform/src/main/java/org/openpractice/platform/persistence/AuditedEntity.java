package org.openpractice.platform.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;

/**
 * The id and the who/when columns every area's rows carry ({@code id}, {@code created_at}, {@code created_by},
 * {@code updated_at}, {@code updated_by}). List it as a class in the persistence unit, next to InstantConverter.
 */
@MappedSuperclass
public abstract class AuditedEntity {
    @Id
    public String id;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** Gives a new row its id and marks it created (and updated) by {@code loginId} at {@code now}. */
    public void created(String loginId, Instant now) {
        id = Ids.newId();
        createdAt = now;
        createdBy = loginId;
        updated(loginId, now);
    }

    /** Marks the row changed by {@code loginId} at {@code now}. */
    public void updated(String loginId, Instant now) {
        updatedAt = now;
        updatedBy = loginId;
    }
}
