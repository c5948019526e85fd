package org.openpractice.locations.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.locations.Address;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationKind;
import org.openpractice.platform.persistence.AuditedEntity;

/** A stored location; never leaves this bundle. */
@Entity
@Table(name = "op_location")
public class LocationEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    public String name;
    /** Lower-cased name: uniqueness within the account ignores case. */
    @Column(name = "name_key")
    public String nameKey;
    @Enumerated(EnumType.STRING)
    public LocationKind kind;
    public String street;
    public String street2;
    public String city;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    public String country;
    @Column(name = "virtual_description")
    public String virtualDescription;
    @Enumerated(EnumType.STRING)
    @Column(name = "bill_to")
    public BillTo billTo;
    public String npi;
    @Column(name = "other_id")
    public String otherId;
    @Column(name = "other_id_qualifier")
    public String otherIdQualifier;
    public boolean archived;
    @Version
    public int version;

    Location toDto() {
        Address address = street == null && city == null ? null
                : new Address(street, street2, city, state, postalCode, country);
        return new Location(id, name, kind, address, virtualDescription, billTo, npi, otherId, otherIdQualifier,
                archived, version);
    }
}
