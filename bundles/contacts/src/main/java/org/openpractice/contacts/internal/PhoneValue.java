package org.openpractice.contacts.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import org.openpractice.contacts.Phone;
import org.openpractice.contacts.PhoneType;

/** A stored phone number of a contact: normalised E.164 plus the national form shown to people. */
@Embeddable
public class PhoneValue {
    @Enumerated(EnumType.STRING)
    @Column(name = "phone_type")
    public PhoneType type;
    public String e164;
    @Column(name = "national_number")
    public String national;

    public PhoneValue() {
    }

    PhoneValue(PhoneType type, String e164, String national) {
        this.type = type;
        this.e164 = e164;
        this.national = national;
    }

    Phone toDto() {
        return new Phone(type, national, e164);
    }
}
