package org.openpractice.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.EntityManager;

import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;

/**
 * Writes the common audit record (who, when, what, which account) in the caller's own transaction, so a
 * change and its audit record commit or roll back together. The table belongs to the platform.
 */
public final class Audit {
    private Audit() {
    }

    /**
     * Records {@code action} (e.g. "location.created") on the entity. {@code detail} must not contain PHI: ids
     * and field names only.
     */
    public static void record(EntityManager em, String action, String entityType, String entityId, String detail) {
        CurrentMember member = RequestContext.current().orElse(null);
        record(em, member == null ? null : member.accountId(), member == null ? null : member.loginId(), action,
                entityType, entityId, detail);
    }

    /** As {@link #record(EntityManager, String, String, String, String)}, for writes made before sign-in. */
    public static void record(EntityManager em, String accountId, String loginId, String action, String entityType,
            String entityId, String detail) {
        em.createNativeQuery("INSERT INTO op_audit_event (id, occurred_at, account_id, login_id, action, entity_type,"
                + " entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Ids.newId())
                .setParameter(2, Timestamp.from(Instant.now()))
                .setParameter(3, accountId)
                .setParameter(4, loginId)
                .setParameter(5, action)
                .setParameter(6, entityType)
                .setParameter(7, entityId)
                .setParameter(8, detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
                .executeUpdate();
    }
}
