package org.openpractice.profiles.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import org.openpractice.profiles.Phone;
import org.openpractice.profiles.PhoneType;

/** One stored phone number of a profile; its position in the list is the row's order column. */
@Embeddable
public class PhoneValue {
    @Enumerated(EnumType.STRING)
    @Column(name = "phone_type")
    public PhoneType type;
    public String e164;
    @Column(name = "display_number")
    public String display;

    public PhoneValue() {
    }

    PhoneValue(PhoneType type, String e164, String display) {
        this.type = type;
        this.e164 = e164;
        this.display = display;
    }

    Phone toDto() {
        return new Phone(type, e164, display);
    }

    boolean sameAs(PhoneValue other) {
        return type == other.type && e164.equals(other.e164);
    }
}
