package org.openpractice.scheduling.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.openpractice.scheduling.AppointmentType;

/** A stored appointment type of a catalogue owner. */
@Entity
@Table(name = "op_appointment_type")
public class AppointmentTypeEntity {
    @Id
    public String id;
    @Column(name = "catalog_account_id")
    public String catalogAccountId;
    public String name;
    @Column(name = "name_key")
    public String nameKey;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    public boolean archived;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    AppointmentType toDto(String activeAccountId) {
        return new AppointmentType(id, name, durationMinutes, archived, !catalogAccountId.equals(activeAccountId));
    }
}
