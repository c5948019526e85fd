package org.openpractice.scheduling.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.openpractice.scheduling.AppointmentType;
import org.openpractice.platform.persistence.AuditedEntity;

/** A stored appointment type of a catalogue owner. */
@Entity
@Table(name = "op_appointment_type")
public class AppointmentTypeEntity extends AuditedEntity {
    @Column(name = "catalog_account_id")
    public String catalogAccountId;
    public String name;
    @Column(name = "name_key")
    public String nameKey;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    public boolean archived;

    AppointmentType toDto(String activeAccountId) {
        return new AppointmentType(id, name, durationMinutes, archived, !catalogAccountId.equals(activeAccountId));
    }
}
