package org.openpractice.billing.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.NpiType;
import org.openpractice.billing.PostalAddress;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.platform.persistence.AuditedEntity;

/** A stored billing address; the tax ID only as ciphertext plus its last four digits for masking. */
@Entity
@Table(name = "op_billing_address")
public class BillingAddressEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "provider_name")
    public String providerName;
    @Column(name = "phone_e164")
    public String phoneE164;
    @Column(name = "phone_display")
    public String phoneDisplay;
    public String npi;
    @Enumerated(EnumType.STRING)
    @Column(name = "npi_type")
    public NpiType npiType;
    @Column(name = "tax_id_cipher")
    public String taxIdCipher;
    @Enumerated(EnumType.STRING)
    @Column(name = "tax_id_type")
    public TaxId.Type taxIdType;
    @Column(name = "tax_id_last4")
    public String taxIdLast4;
    @Column(name = "other_id")
    public String otherId;
    @Column(name = "other_id_qualifier")
    public String otherIdQualifier;
    public String street;
    public String street2;
    public String city;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    public String country;
    @Column(name = "is_default")
    public boolean isDefault;
    public boolean archived;
    @Version
    public int version;

    /** The context the tax ID ciphertext is bound to: it decrypts only in this row. */
    String taxIdContext() {
        return "billing.tax_id:" + id;
    }

    BillingAddress toDto() {
        return new BillingAddress(id, providerName, phoneDisplay, npi, npiType, "*****" + taxIdLast4, taxIdType,
                otherId, otherIdQualifier, new PostalAddress(street, street2, city, state, postalCode), isDefault,
                archived, version);
    }
}
