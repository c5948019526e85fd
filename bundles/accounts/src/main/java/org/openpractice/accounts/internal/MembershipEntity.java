package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.openpractice.accounts.Permissions;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.persistence.AuditedEntity;

/** A login inside an account, with a role. */
@Entity
@Table(name = "op_membership")
public class MembershipEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "login_id")
    public String loginId;
    @Enumerated(EnumType.STRING)
    public Role role;
    public boolean active;
    @Column(name = "access_billing")
    public Boolean accessBilling;
    @Column(name = "show_on_calendar")
    public Boolean showOnCalendar;
    @Column(name = "only_assigned_clients")
    public Boolean onlyAssignedClients;
    @Column(name = "edit_own_availability")
    public Boolean editOwnAvailability;
    @Column(name = "edit_document_templates")
    public Boolean editDocumentTemplates;
    @Column(name = "deactivated_at")
    public Instant deactivatedAt;
    @Column(name = "deactivated_by")
    public String deactivatedBy;
    @Column(name = "display_name")
    public String displayName;

    /** The role's defaults with this member's own switches applied. */
    Permissions permissions() {
        Permissions d = Permissions.defaults(role);
        return new Permissions(or(accessBilling, d.accessBilling()), or(showOnCalendar, d.showOnCalendar()),
                or(onlyAssignedClients, d.onlyAssignedClients()), or(editOwnAvailability, d.editOwnAvailability()),
                or(editDocumentTemplates, d.editDocumentTemplates()));
    }

    void permissions(Permissions p) {
        accessBilling = p.accessBilling();
        showOnCalendar = p.showOnCalendar();
        onlyAssignedClients = p.onlyAssignedClients();
        editOwnAvailability = p.editOwnAvailability();
        editDocumentTemplates = p.editDocumentTemplates();
    }

    private static boolean or(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
