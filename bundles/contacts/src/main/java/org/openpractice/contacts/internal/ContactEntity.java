package org.openpractice.contacts.internal;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.contacts.Contact;
import org.openpractice.contacts.ContactAddress;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.persistence.AuditedEntity;

/** A stored contact; never leaves this bundle. The first e-mail and phone are copied to columns for the list. */
@Entity
@Table(name = "op_contact")
public class ContactEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    public String name;
    /** Lower-cased name without accents: the list sorts by it. */
    @Column(name = "name_key")
    public String nameKey;
    public String qualifications;
    public String organisation;
    @Column(name = "organisation_key")
    public String organisationKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type")
    public ContactType type;
    public String npi;
    @Column(name = "other_id")
    public String otherId;
    @Column(name = "other_id_qualifier")
    public String otherIdQualifier;
    /** Comma-separated {@link org.openpractice.contacts.MessagingMethod} names in declaration order. */
    @Column(name = "messaging_methods")
    public String messagingMethods;
    @ElementCollection
    @CollectionTable(name = "op_contact_email", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "address")
    public List<String> emails = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "op_contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "sort_order")
    public List<PhoneValue> phones = new ArrayList<>();
    @Column(name = "primary_email")
    public String primaryEmail;
    @Column(name = "primary_phone")
    public String primaryPhone;
    @Enumerated(EnumType.STRING)
    @Column(name = "primary_phone_type")
    public PhoneType primaryPhoneType;
    public String street;
    public String street2;
    public String city;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    public String country;
    public String notes;
    public boolean archived;
    @Version
    public int version;

    Contact toDto() {
        ContactAddress address = street == null && street2 == null && city == null && state == null
                && postalCode == null ? null : new ContactAddress(street, street2, city, state, postalCode, country);
        return new Contact(id, name, qualifications, organisation, type, npi, otherId, otherIdQualifier,
                ContactRules.parseMethods(messagingMethods), List.copyOf(emails),
                phones.stream().map(PhoneValue::toDto).toList(), address, notes, archived, version);
    }
}
