package org.openpractice.billing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.ClientAddress;
import org.openpractice.billing.Cms1500Boxes;
import org.openpractice.billing.NpiType;
import org.openpractice.billing.PostalAddress;
import org.openpractice.billing.ReferringProvider;
import org.openpractice.locations.Address;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationKind;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.ProviderIdentity;

/** Every provider box of the CMS-1500 and where it comes from. */
public class Cms1500MapperTest {
    private static final ProviderIdentity DANA = new ProviderIdentity("m1", "Dana", "Smith", "RD, LDN", "1234567893",
            "133V00000X", "ZZ");
    private static final Location CLINIC = new Location("l1", "Riverside Clinic", LocationKind.PHYSICAL,
            new Address("1 Main St", "Suite 200", "Springfield", "IL", "62701-1234", "US"), null, BillTo.LOCATION,
            "1245319599", "LOC-77", "LU", false, 1);
    private static final Location TELEHEALTH = new Location("l2", "Telehealth", LocationKind.VIRTUAL,
            new Address("1 Main St", null, "Springfield", "IL", "62701", "US"), "Video call", BillTo.LOCATION, null,
            null, null, false, 1);
    private static final Location HOME = new Location("l3", "Home visits", LocationKind.HOME_VISIT, null, null,
            BillTo.CLIENT, null, null, null, false, 1);
    private static final BillingAddresses.ForClaim GROUP = new BillingAddresses.ForClaim(new BillingAddress("b1",
            "Riverside Therapy LLC", "(217) 555-0100", "1245319599", NpiType.TYPE_2_ORGANIZATION, "*****6789",
            TaxId.Type.EIN, "G2-555", "G2", new PostalAddress("PO Box 12", null, "Springfield", "IL", "62705"), true,
            false, 1), "(217) 555-0100", "123456789");
    private static final BillingAddresses.ForClaim SOLE = new BillingAddresses.ForClaim(new BillingAddress("b2",
            "Dana Smith", "(217) 555-0101", "1234567893", NpiType.TYPE_1_INDIVIDUAL, "*****6789", TaxId.Type.SSN, null,
            null, new PostalAddress("9 Elm St", null, "Springfield", "IL", "62704"), false, false, 1),
            "(217) 555-0101", "123456789");
    private static final ReferringProvider DR_LEE = new ReferringProvider("DN", "Jordan Lee", "MD", "1982736450",
            "IL12345", "0B");

    @Test
    public void referringProviderBoxes17To17b() {
        Cms1500Boxes b = Cms1500Mapper.map(DANA, CLINIC, GROUP, DR_LEE, null);
        assertEquals("DN", b.box17Qualifier());
        assertEquals("Jordan Lee MD", b.box17Name());
        assertEquals("0B", b.box17aQualifier());
        assertEquals("IL12345", b.box17aId());
        assertEquals("1982736450", b.box17bNpi());
        Cms1500Boxes none = Cms1500Mapper.map(DANA, CLINIC, GROUP, null, null);
        assertNull(none.box17Qualifier());
        assertNull(none.box17Name());
        assertNull(none.box17bNpi());
        Cms1500Boxes ordering = Cms1500Mapper.map(DANA, CLINIC, GROUP,
                new ReferringProvider("dk", "Pat Kim", null, null, null, null), null);
        assertEquals("DK", ordering.box17Qualifier());
        assertEquals("Pat Kim", ordering.box17Name());
    }

    @Test
    public void renderingProviderBox24jAndSignatureBox31() {
        Cms1500Boxes b = Cms1500Mapper.map(DANA, CLINIC, GROUP, null, null);
        assertEquals("1234567893", b.box24jNpi());
        assertEquals("ZZ", b.box24iQualifier());
        assertEquals("133V00000X", b.box24jOtherId());
        assertEquals("Dana Smith, RD, LDN", b.box31());
    }

    @Test
    public void taxIdBox25DigitsAndWhichBox() {
        Cms1500Boxes ein = Cms1500Mapper.map(DANA, CLINIC, GROUP, null, null);
        assertEquals("123456789", ein.box25TaxId());
        assertFalse(ein.box25Ssn());
        assertTrue(Cms1500Mapper.map(DANA, CLINIC, SOLE, null, null).box25Ssn());
    }

    @Test
    public void serviceFacilityBoxes32To32bForAPhysicalLocation() {
        Cms1500Boxes b = Cms1500Mapper.map(DANA, CLINIC, GROUP, null, null);
        assertEquals(List.of("Riverside Clinic", "1 Main St Suite 200", "Springfield IL 62701-1234"), b.box32());
        assertEquals("1245319599", b.box32a());
        assertEquals("LU" + "LOC-77", b.box32b());
    }

    @Test
    public void virtualLocationPrintsItsPhysicalBillingAddress() {
        Cms1500Boxes b = Cms1500Mapper.map(DANA, TELEHEALTH, GROUP, null, null);
        assertEquals(List.of("Telehealth", "1 Main St", "Springfield IL 62701"), b.box32());
        assertNull(b.box32a());
        assertNull(b.box32b());
    }

    @Test
    public void homeVisitPrintsTheClientsAddress() {
        ClientAddress client = new ClientAddress("Sam Client", new PostalAddress("42 Oak Ave", "Apt 3", "Peoria", "IL",
                "61602"));
        Cms1500Boxes b = Cms1500Mapper.map(DANA, HOME, GROUP, null, client);
        assertEquals(List.of("Sam Client", "42 Oak Ave Apt 3", "Peoria IL 61602"), b.box32());
        assertNull("a client's home has no facility NPI", b.box32a());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> Cms1500Mapper.map(DANA, HOME, GROUP, null, null));
        assertTrue(missing.fields().get("client.street"), missing.fields().get("client.street")
                .contains("bills with the client's address"));
    }

    @Test
    public void billingProviderBoxes33To33b() {
        Cms1500Boxes b = Cms1500Mapper.map(DANA, CLINIC, GROUP, null, null);
        assertEquals(List.of("Riverside Therapy LLC", "PO Box 12", "Springfield IL 62705"), b.box33());
        assertEquals("2175550100", b.box33Phone());
        assertEquals("1245319599", b.box33a());
        assertEquals("G2G2-555", b.box33b());
        Cms1500Boxes sole = Cms1500Mapper.map(DANA, CLINIC, SOLE, null, null);
        assertEquals("1234567893", sole.box33a());
        assertNull(sole.box33b());
    }

    @Test
    public void badReferringValuesAreRefusedPerField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Cms1500Mapper.map(DANA, CLINIC, GROUP,
                new ReferringProvider("XX", " ", null, "1234567890", "ABC", null), null));
        assertTrue(e.fields().containsKey("referring.qualifier"));
        assertTrue(e.fields().containsKey("referring.name"));
        assertTrue(e.fields().containsKey("referring.npi"));
        assertTrue(e.fields().containsKey("referring.otherIdQualifier"));
    }

    @Test
    public void box17NameHasNoPeriodsOrCommasButKeepsHyphens() {
        Cms1500Boxes b = Cms1500Mapper.map(DANA, CLINIC, GROUP,
                new ReferringProvider("DQ", " Mary-Ann  O. Lee ", "M.D., Ph.D.", null, null, null), null);
        assertEquals("Mary-Ann O Lee MD PhD", b.box17Name());
    }

    @Test
    public void addressesPrintWithoutPunctuationAndZipPlus4KeepsItsHyphen() {
        Location downtown = new Location("l4", "Downtown", LocationKind.PHYSICAL, new Address("123 N. Main Street,",
                "#101", "St. Louis", "mo", "63101-2345", "US"), null, BillTo.LOCATION, null, null, null, false, 1);
        BillingAddresses.ForClaim poBox = new BillingAddresses.ForClaim(new BillingAddress("b3",
                "Riverside Therapy LLC", "(314) 555-0199", "1245319599", NpiType.TYPE_2_ORGANIZATION, "*****6789",
                TaxId.Type.EIN, null, null, new PostalAddress("P.O. Box 12", null, "St. Louis", "MO", "63102-0012"),
                true, false, 1), "(314) 555-0199", "123456789");
        Cms1500Boxes b = Cms1500Mapper.map(DANA, downtown, poBox, null, null);
        assertEquals(List.of("Downtown", "123 N Main Street 101", "St Louis MO 63101-2345"), b.box32());
        assertEquals(List.of("Riverside Therapy LLC", "PO Box 12", "St Louis MO 63102-0012"), b.box33());
        assertEquals("3145550199", b.box33Phone());
        ClientAddress client = new ClientAddress("Sam Client", new PostalAddress("42 Oak Ave.", "Apt. #3", "Peoria",
                "il", "61602"));
        assertEquals(List.of("Sam Client", "42 Oak Ave Apt 3", "Peoria IL 61602"),
                Cms1500Mapper.map(DANA, HOME, GROUP, null, client).box32());
    }

    @Test
    public void aVirtualLocationMustBillWithItsPhysicalAddress() {
        Location videoAtHome = new Location("l5", "Video", LocationKind.VIRTUAL, null, "Video call", BillTo.CLIENT,
                null, null, null, false, 1);
        ClientAddress client = new ClientAddress("Sam Client", new PostalAddress("42 Oak Ave", null, "Peoria", "IL",
                "61602"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Cms1500Mapper.map(DANA, videoAtHome, GROUP, null, client));
        assertTrue(e.fields().get("locationId"), e.fields().get("locationId")
                .contains("must bill with a physical location address"));
        assertEquals("the client's address cannot help", 1, e.fields().size());
        assertEquals(1, assertThrows(ValidationException.class,
                () -> Cms1500Mapper.map(DANA, videoAtHome, GROUP, null, null)).fields().size());
    }

    @Test
    public void archivedLocationsAndBillingAddressesAreRefused() {
        Location archived = new Location("l1", "Riverside Clinic", LocationKind.PHYSICAL, CLINIC.address(), null,
                BillTo.LOCATION, null, null, null, true, 2);
        BillingAddresses.ForClaim archivedGroup = new BillingAddresses.ForClaim(new BillingAddress("b1",
                "Riverside Therapy LLC", "(217) 555-0100", "1245319599", NpiType.TYPE_2_ORGANIZATION, "*****6789",
                TaxId.Type.EIN, null, null, new PostalAddress("PO Box 12", null, "Springfield", "IL", "62705"), false,
                true, 2), "(217) 555-0100", "123456789");
        ValidationException e = assertThrows(ValidationException.class,
                () -> Cms1500Mapper.map(DANA, archived, archivedGroup, null, null));
        assertEquals("is archived; restore it or choose another", e.fields().get("locationId"));
        assertEquals("is archived; restore it or choose another", e.fields().get("billingAddressId"));
        assertEquals(Set.of("locationId"), assertThrows(ValidationException.class,
                () -> Cms1500Mapper.map(DANA, archived, GROUP, null, null)).fields().keySet());
    }

    @Test
    public void aGivenClientAddressIsCheckedPartByPart() {
        ValidationException e = assertThrows(ValidationException.class, () -> Cms1500Mapper.map(DANA, HOME, GROUP,
                null, new ClientAddress("Sam Client", new PostalAddress(" ", null, null, "ZZ", "1234"))));
        assertEquals("is required", e.fields().get("client.street"));
        assertEquals("is required", e.fields().get("client.city"));
        assertTrue(e.fields().get("client.state"), e.fields().get("client.state").contains("US state"));
        assertTrue(e.fields().get("client.postalCode"), e.fields().get("client.postalCode").contains("ZIP"));
        ValidationException onlyStreet = assertThrows(ValidationException.class, () -> Cms1500Mapper.map(DANA, HOME,
                GROUP, null, new ClientAddress(null, new PostalAddress("42 Oak Ave", null, null, null, null))));
        assertEquals(Set.of("client.city", "client.state", "client.postalCode"), onlyStreet.fields().keySet());
        assertTrue("punctuation alone is no street", assertThrows(ValidationException.class, () -> Cms1500Mapper.map(
                DANA, HOME, GROUP, null, new ClientAddress(null, new PostalAddress("#.,", null, "Peoria", "IL",
                        "61602")))).fields().containsKey("client.street"));
        assertTrue("checked even where the location's own address prints", assertThrows(ValidationException.class,
                () -> Cms1500Mapper.map(DANA, CLINIC, GROUP, null, new ClientAddress(null, new PostalAddress(
                        "42 Oak Ave", null, "Peoria", "Illinois", "61602")))).fields().containsKey("client.state"));
        ValidationException noAddress = assertThrows(ValidationException.class,
                () -> Cms1500Mapper.map(DANA, HOME, GROUP, null, new ClientAddress("Sam Client", null)));
        assertTrue(noAddress.fields().containsKey("client.street"));
    }

    @Test
    public void aReferringNpiOrOtherIdNeedsANameAndQualifier() {
        ValidationException npiOnly = assertThrows(ValidationException.class, () -> Cms1500Mapper.map(DANA, CLINIC,
                GROUP, new ReferringProvider(null, null, null, "1982736450", null, null), null));
        assertEquals(Set.of("referring.qualifier", "referring.name"), npiOnly.fields().keySet());
        assertTrue(npiOnly.fields().get("referring.name").contains("box 17"));
        ValidationException otherIdOnly = assertThrows(ValidationException.class, () -> Cms1500Mapper.map(DANA,
                CLINIC, GROUP, new ReferringProvider("DN", " ", null, null, "IL12345", "0B"), null));
        assertEquals(Set.of("referring.name"), otherIdOnly.fields().keySet());
    }
}
