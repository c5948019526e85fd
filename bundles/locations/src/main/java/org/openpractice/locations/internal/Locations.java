package org.openpractice.locations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.locations.Address;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationInput;
import org.openpractice.locations.LocationKind;
import org.openpractice.locations.LocationService;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.module.ModuleDescriptor;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.validation.Countries;
import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Npi;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.platform.validation.Text;
import org.openpractice.platform.validation.UsAddresses;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Locations of the active account, with the rules of each kind. */
@Component(service = {LocationService.class, ModuleDescriptor.class})
public class Locations implements LocationService, ModuleDescriptor {
    private static final String US = "US";
    private static final String NAME_TAKEN = "is already used by another location of this practice";
    private final Transactions tx;
    private final Clock clock;

    @Activate
    public Locations(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-locations)") JpaTemplate jpa) {
        this(Transactions.forArea(migrations, context.getBundle(), "locations", jpa), Clock.systemUTC());
    }

    Locations(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "locations";
    }

    @Override
    public String name() {
        return "Locations";
    }

    @Override
    public List<Location> list(boolean includeArchived) {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> em.createQuery("SELECT l FROM LocationEntity l WHERE l.accountId = :a"
                + (includeArchived ? "" : " AND l.archived = FALSE") + " ORDER BY l.nameKey", LocationEntity.class)
                .setParameter("a", account).getResultList().stream().map(LocationEntity::toDto).toList());
    }

    @Override
    public Location get(String id) {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> find(em, account, id).toDto());
    }

    @Override
    public Location create(LocationInput input) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            LocationEntity e = new LocationEntity();
            e.created(me.loginId(), now);
            e.accountId = me.accountId();
            apply(em, e, input, now, me);
            em.persist(e);
            em.flush();
            Audit.record(em, "location.created", "location", e.id, null);
            return e.toDto();
        });
    }

    @Override
    public Location update(String id, LocationInput input) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            LocationEntity e = find(em, me.accountId(), id);
            if (input != null && input.version() != null && input.version() != e.version) {
                throw DomainException.conflict("stale", "Someone else changed this location; reload and try again");
            }
            apply(em, e, input, now, me);
            em.flush();
            Audit.record(em, "location.updated", "location", e.id, null);
            return e.toDto();
        });
    }

    @Override
    public Location archive(String id) {
        return setArchived(id, true);
    }

    @Override
    public Location restore(String id) {
        return setArchived(id, false);
    }

    private Location setArchived(String id, boolean archived) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            LocationEntity e = find(em, me.accountId(), id);
            if (e.archived != archived) {
                if (!archived && nameTaken(em, me.accountId(), e.nameKey, e.id)) {
                    throw org.openpractice.platform.ValidationException.of("name", NAME_TAKEN);
                }
                e.archived = archived;
                e.updated(me.loginId(), now);
                em.flush();
                Audit.record(em, archived ? "location.archived" : "location.restored", "location", e.id, null);
            }
            return e.toDto();
        });
    }

    private static LocationEntity find(EntityManager em, String account, String id) {
        LocationEntity e = Ids.looksValid(id) ? em.find(LocationEntity.class, id) : null;
        if (e == null || !e.accountId.equals(account)) {
            throw DomainException.notFound("Location");
        }
        return e;
    }

    private void apply(EntityManager em, LocationEntity e, LocationInput in, Instant now, CurrentMember me) {
        Errors errors = new Errors();
        if (in == null) {
            errors.add("name", "is required").throwIfAny();
        }
        String name = errors.required("name", in.name());
        errors.maxLength("name", name, 200);
        if (in.kind() == null) {
            errors.add("kind", "is required: PHYSICAL, VIRTUAL or HOME_VISIT");
        }
        BillTo billTo = in.billTo() != null ? in.billTo()
                : in.kind() == LocationKind.HOME_VISIT ? BillTo.CLIENT : BillTo.LOCATION;
        Address address = in.address();
        boolean addressRequired = in.kind() == LocationKind.PHYSICAL
                || (in.kind() != null && billTo == BillTo.LOCATION);
        String description = errors.maxLength("virtualDescription", in.virtualDescription(), 1000);
        if (in.kind() == LocationKind.VIRTUAL && description == null) {
            errors.add("virtualDescription", "is required for a virtual location: say how the appointment happens");
        }
        if (in.kind() == LocationKind.PHYSICAL && billTo == BillTo.CLIENT) {
            errors.add("billTo", "a physical location bills with its own address");
        }
        String street = null;
        String street2 = null;
        String city = null;
        String state = null;
        String zip = null;
        String country = country(errors, address);
        if (address != null) {
            // Limits match the op_location columns, so an over-long part is a field error, never a database one.
            street = errors.maxLength("address.street", address.street(), 200);
            street2 = errors.maxLength("address.street2", address.street2(), 200);
            city = errors.maxLength("address.city", address.city(), 100);
            state = errors.maxLength("address.state", address.state(), 50);
            zip = errors.maxLength("address.postalCode", address.postalCode(), 20);
        }
        if (addressRequired) {
            String why = in.kind() == LocationKind.VIRTUAL
                    ? "is required: a virtual location used on claims must bill with a physical address"
                    : "is required";
            if (street == null) {
                errors.add("address.street", why);
            }
            if (city == null) {
                errors.add("address.city", why);
            }
            if (state == null) {
                errors.add("address.state", why);
            }
            if (zip == null) {
                errors.add("address.postalCode", why);
            }
        }
        if (US.equals(country)) {
            errors.check("address.state", state, UsAddresses::stateProblem);
            errors.check("address.postalCode", zip, UsAddresses::zipProblem);
            state = state == null ? null : state.toUpperCase(Locale.ROOT);
        }
        String npi = Text.trimToNull(in.npi());
        errors.check("npi", npi, Npi::problem);
        OtherId.check(errors, "otherId", in.otherId(), "otherIdQualifier", in.otherIdQualifier());
        String key = name == null ? null : name.toLowerCase(Locale.ROOT);
        if (key != null && key.length() > 200) {
            // A few letters grow when lower-cased (İ becomes i + dot), and the key column is as wide as the name.
            errors.add("name", "must be at most 200 characters");
        }
        if (key != null && nameTaken(em, e.accountId, key, e.id)) {
            errors.add("name", NAME_TAKEN);
        }
        errors.throwIfAny();
        e.name = name;
        e.nameKey = key;
        e.kind = in.kind();
        e.billTo = billTo;
        e.street = street;
        e.street2 = street2;
        e.city = city;
        e.state = state;
        e.postalCode = zip;
        e.country = street == null && city == null ? null : country;
        e.virtualDescription = description;
        e.npi = npi;
        e.otherId = Text.trimToNull(in.otherId());
        e.otherIdQualifier = Text.trimToNull(in.otherIdQualifier());
        e.updated(me.loginId(), now);
    }

    /**
     * The address's ISO country code; an address without one is in the US, whose state and ZIP rules then apply.
     * Records a message when the code is not an ISO 3166 alpha-2 code.
     */
    private static String country(Errors errors, Address address) {
        String code = address == null ? null : Countries.normalise(address.country());
        if (code == null) {
            return US;
        }
        return errors.check("address.country", code, Countries::problem);
    }

    /** Whether another location of the account (archived ones included) has this name, ignoring case. */
    private static boolean nameTaken(EntityManager em, String account, String key, String self) {
        return !em.createQuery("SELECT l.id FROM LocationEntity l WHERE l.accountId = :a"
                + " AND l.nameKey = :k AND l.id <> :self", String.class)
                .setParameter("a", account).setParameter("k", key).setParameter("self", self == null ? "" : self)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
