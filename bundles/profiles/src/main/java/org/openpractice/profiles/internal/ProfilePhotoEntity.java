package org.openpractice.profiles.internal;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.platform.persistence.AuditedEntity;
import org.openpractice.profiles.ProfilePhoto;

/** A member's stored photo, a PNG this bundle encoded itself; never leaves this bundle. */
@Entity
@Table(name = "op_profile_photo")
public class ProfilePhotoEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "member_id")
    public String memberId;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    public byte[] png;
    public String etag;
    @Version
    public int version;

    ProfilePhoto toDto() {
        return new ProfilePhoto(memberId, png.clone(), etag, updatedAt);
    }
}
