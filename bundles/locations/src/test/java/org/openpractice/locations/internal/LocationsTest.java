package org.openpractice.locations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.locations.Address;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationInput;
import org.openpractice.locations.LocationKind;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.TestDatabase;

/** Location rules on real EclipseLink and Derby. */
public class LocationsTest {
    private static final CurrentMember A = new CurrentMember("s1", "l1", "a@example.org",
            "11111111-1111-1111-1111-111111111111", "A", "m1", "Ann", Role.DIRECTOR);
    private static final CurrentMember B = new CurrentMember("s2", "l2", "b@example.org",
            "22222222-2222-2222-2222-222222222222", "B", "m2", "Bob", Role.DIRECTOR);
    private static final Address MAIN_ST = new Address("1 Main St", null, "Springfield", "il", "62701", "US");
    private TestDatabase db;
    private Locations locations;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-locations", "locations");
        locations = new Locations(db.transactions(), Clock.systemUTC());
        RequestContext.set(A);
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private static LocationInput physical(String name) {
        return new LocationInput(name, LocationKind.PHYSICAL, MAIN_ST, null, null, "1234567893", null, null, null);
    }

    @Test
    public void physicalLocationRoundTrip() {
        Location created = locations.create(physical("Main Clinic"));
        assertEquals("IL", created.address().state());
        assertEquals(BillTo.LOCATION, created.billTo());
        assertEquals(created, locations.get(created.id()));
        assertEquals(1, locations.list(false).size());
    }

    @Test
    public void namesAreUniqueIgnoringCase() {
        locations.create(physical("Main Clinic"));
        ValidationException e = assertThrows(ValidationException.class, () -> locations.create(physical("MAIN clinic")));
        assertTrue(e.fields().containsKey("name"));
        ValidationException both = assertThrows(ValidationException.class, () -> locations.create(new LocationInput(
                "main CLINIC", LocationKind.VIRTUAL, null, null, BillTo.LOCATION, null, null, null, null)));
        assertTrue("a taken name is reported with the other problems", both.fields().containsKey("name"));
        assertTrue(both.fields().containsKey("virtualDescription"));
        Location archived = locations.create(physical("Old Clinic"));
        locations.archive(archived.id());
        ValidationException clash = assertThrows(ValidationException.class,
                () -> locations.create(physical("old clinic")));
        assertTrue("archived locations keep their names", clash.fields().containsKey("name"));
        RequestContext.set(B);
        locations.create(physical("Main Clinic"));
    }

    @Test
    public void virtualLocationBilledToLocationNeedsAPhysicalAddress() {
        ValidationException e = assertThrows(ValidationException.class, () -> locations.create(new LocationInput(
                "Telehealth", LocationKind.VIRTUAL, null, null, BillTo.LOCATION, null, null, null, null)));
        assertTrue(e.fields().get("address.street").contains("physical address"));
        assertEquals("is required for a virtual location: say how the appointment happens",
                e.fields().get("virtualDescription"));
        Location ok = locations.create(new LocationInput("Telehealth", LocationKind.VIRTUAL, MAIN_ST,
                "Video call link sent by e-mail", BillTo.LOCATION, null, null, null, null));
        assertEquals(LocationKind.VIRTUAL, ok.kind());
    }

    @Test
    public void homeVisitsBillToTheClientByDefault() {
        Location home = locations.create(new LocationInput("Home visits", LocationKind.HOME_VISIT, null, null, null,
                null, "LOC-1", "LU", null));
        assertEquals(BillTo.CLIENT, home.billTo());
        assertEquals(null, home.address());
    }

    @Test
    public void badIdentifiersAndAddressesAreReportedPerField() {
        ValidationException e = assertThrows(ValidationException.class, () -> locations.create(new LocationInput(
                "X", LocationKind.PHYSICAL, new Address("1 Main", null, "Town", "ZZ", "123", "US"), null, null,
                "1234567890", "ABC", null, null)));
        assertTrue(e.fields().containsKey("address.state"));
        assertTrue(e.fields().containsKey("address.postalCode"));
        assertTrue(e.fields().containsKey("npi"));
        assertTrue(e.fields().containsKey("otherIdQualifier"));
        assertTrue(locations.list(true).isEmpty());
    }

    @Test
    public void countryMustBeAnIsoAlpha2Code() {
        ValidationException e = assertThrows(ValidationException.class, () -> locations.create(new LocationInput(
                "Main Clinic", LocationKind.PHYSICAL, new Address("1 Main St", null, "Springfield", "IL", "62701",
                        "USA"), null, null, null, null, null, null)));
        assertEquals("must be a two-letter country code such as US", e.fields().get("address.country"));
        assertTrue(locations.list(true).isEmpty());
        Location lower = locations.create(new LocationInput("Toronto", LocationKind.PHYSICAL,
                new Address("1 King St W", null, "Toronto", "Ontario", "M5H 1A1", " ca "), null, null, null, null,
                null, null));
        assertEquals("CA", lower.address().country());
        assertEquals("Ontario", lower.address().state());
    }

    @Test
    public void missingCountryMeansUsRules() {
        ValidationException e = assertThrows(ValidationException.class, () -> locations.create(new LocationInput(
                "Main Clinic", LocationKind.PHYSICAL, new Address("1 Main St", null, "Springfield", "Ontario",
                        "M5H 1A1", null), null, null, null, null, null, null)));
        assertTrue(e.fields().get("address.state").contains("US state"));
        assertTrue(e.fields().get("address.postalCode").contains("ZIP"));
        Location l = locations.create(new LocationInput("Main Clinic", LocationKind.PHYSICAL,
                new Address("1 Main St", null, "Springfield", "il", "62701", " "), null, null, null, null, null,
                null));
        assertEquals("US", l.address().country());
    }

    @Test
    public void overLongTextIsReportedPerFieldAndNothingIsStored() {
        Address tooLong = new Address("s".repeat(201), "t".repeat(201), "c".repeat(101), "p".repeat(51),
                "9".repeat(21), "GB");
        ValidationException e = assertThrows(ValidationException.class, () -> locations.create(new LocationInput(
                "n".repeat(201), LocationKind.PHYSICAL, tooLong, "d".repeat(1001), null, "1".repeat(11),
                "A".repeat(31), "ZZ", null)));
        assertEquals("must be at most 200 characters", e.fields().get("address.street"));
        assertEquals("must be at most 200 characters", e.fields().get("address.street2"));
        assertEquals("must be at most 100 characters", e.fields().get("address.city"));
        assertEquals("must be at most 50 characters", e.fields().get("address.state"));
        assertEquals("must be at most 20 characters", e.fields().get("address.postalCode"));
        assertEquals("must be at most 200 characters", e.fields().get("name"));
        assertEquals("must be at most 1000 characters", e.fields().get("virtualDescription"));
        assertTrue(e.fields().containsKey("npi"));
        assertTrue(e.fields().containsKey("otherId"));
        assertTrue(locations.list(true).isEmpty());
        Location fits = locations.create(new LocationInput("n".repeat(200), LocationKind.PHYSICAL,
                new Address("s".repeat(200), null, "c".repeat(100), "p".repeat(50), "9".repeat(20), "GB"), null,
                null, null, null, null, null));
        assertEquals(50, fits.address().state().length());
        Location current = locations.get(fits.id());
        ValidationException onUpdate = assertThrows(ValidationException.class, () -> locations.update(fits.id(),
                new LocationInput("Renamed", LocationKind.PHYSICAL, tooLong, null, null, null, null, null,
                        current.version())));
        assertTrue(onUpdate.fields().containsKey("address.street"));
        assertEquals("an update that is refused changes nothing", current, locations.get(fits.id()));
    }

    @Test
    public void aNameThatGrowsWhenLowerCasedStillFitsItsKey() {
        ValidationException e = assertThrows(ValidationException.class, () -> locations.create(new LocationInput(
                "\u0130".repeat(150), LocationKind.HOME_VISIT, null, null, null, null, null, null, null)));
        assertEquals("must be at most 200 characters", e.fields().get("name"));
        assertTrue(locations.list(true).isEmpty());
    }

    @Test
    public void otherAccountsLocationsAreNotFound() {
        Location mine = locations.create(physical("Main Clinic"));
        RequestContext.set(B);
        DomainException e = assertThrows(DomainException.class, () -> locations.get(mine.id()));
        assertEquals(DomainException.Kind.NOT_FOUND, e.kind());
        assertThrows(DomainException.class, () -> locations.update(mine.id(), physical("Mine now")));
        assertThrows(DomainException.class, () -> locations.archive(mine.id()));
        assertTrue(locations.list(true).isEmpty());
    }

    @Test
    public void archiveKeepsTheLocationReadable() {
        Location l = locations.create(physical("Main Clinic"));
        Location archived = locations.archive(l.id());
        assertTrue(archived.archived());
        assertTrue(locations.list(false).isEmpty());
        assertEquals(1, locations.list(true).size());
        assertFalse(locations.restore(l.id()).archived());
    }

    @Test
    public void staleVersionIsAConflict() {
        Location l = locations.create(physical("Main Clinic"));
        locations.update(l.id(), physical("Main Clinic 2"));
        LocationInput stale = new LocationInput("Main Clinic 3", LocationKind.PHYSICAL, MAIN_ST, null, null, null,
                null, null, l.version());
        DomainException e = assertThrows(DomainException.class, () -> locations.update(l.id(), stale));
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
    }
}
