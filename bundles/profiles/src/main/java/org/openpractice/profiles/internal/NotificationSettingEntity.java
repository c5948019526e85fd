package org.openpractice.profiles.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.openpractice.profiles.NotificationCategory;
import org.openpractice.profiles.NotificationFrequency;

/** One category's notification frequency chosen by a member; categories without a row use their default. */
@Entity
@Table(name = "op_notification_setting")
public class NotificationSettingEntity {
    @Id
    public String id;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "member_id")
    public String memberId;
    @Enumerated(EnumType.STRING)
    public NotificationCategory category;
    @Enumerated(EnumType.STRING)
    public NotificationFrequency frequency;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
