package org.openpractice.profiles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProviderIdentity;
import org.openpractice.profiles.PublicProvider;
import org.openpractice.profiles.Title;

/** A member's stored My Details; never leaves this bundle. The tax ID exists here only as ciphertext. */
@Entity
@Table(name = "op_profile")
public class ProfileEntity {
    @Id
    public String id;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "member_id")
    public String memberId;
    @Enumerated(EnumType.STRING)
    public Title title;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String credentials;
    @Column(name = "contact_email")
    public String contactEmail;
    @ElementCollection
    @CollectionTable(name = "op_profile_phone", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "list_index")
    public List<PhoneValue> phones = new ArrayList<>();
    public String npi;
    @Column(name = "npi_label")
    public String npiLabel;
    /** FieldCipher output bound to {@link #taxIdContext()}. */
    @Column(name = "tax_id_ciphertext")
    public String taxIdCiphertext;
    @Enumerated(EnumType.STRING)
    @Column(name = "tax_id_type")
    public TaxId.Type taxIdType;
    @Column(name = "tax_id_last4")
    public String taxIdLast4;
    @Column(name = "other_id")
    public String otherId;
    @Column(name = "other_id_qualifier")
    public String otherIdQualifier;
    @Column(name = "provider_description")
    public String providerDescription;
    @Version
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** What the tax ID ciphertext is bound to, so it cannot be moved to another row. */
    String taxIdContext() {
        return taxIdContext(id);
    }

    static String taxIdContext(String profileId) {
        return "profile.tax_id:" + profileId;
    }

    String maskedTaxId() {
        return taxIdCiphertext == null ? null : TaxId.mask(taxIdLast4);
    }

    Profile toDto() {
        return new Profile(memberId, title, firstName, lastName, credentials, contactEmail,
                phones.stream().map(PhoneValue::toDto).toList(), npi, npiLabel, maskedTaxId(),
                taxIdCiphertext == null ? null : taxIdType, otherId, otherIdQualifier, providerDescription, version);
    }

    ProviderIdentity toIdentity() {
        return new ProviderIdentity(memberId, firstName, lastName, credentials, npi, otherId, otherIdQualifier);
    }

    PublicProvider toPublic() {
        ProviderIdentity identity = toIdentity();
        String name = title == null || title == Title.NONE ? identity.nameWithCredentials()
                : title.label() + " " + identity.nameWithCredentials();
        return new PublicProvider(memberId, title, firstName, lastName, credentials, name, providerDescription);
    }
}
