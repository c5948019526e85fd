package org.openpractice.billing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.BillingAddressInput;
import org.openpractice.billing.Cms1500Boxes;
import org.openpractice.billing.Cms1500Request;
import org.openpractice.billing.NpiType;
import org.openpractice.billing.PostalAddress;
import org.openpractice.locations.Address;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationKind;
import org.openpractice.locations.LocationService;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.internal.AesGcmFieldCipher;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.ProviderIdentity;
import org.openpractice.testing.TestDatabase;

/** Billing addresses on real EclipseLink and Derby, and the CMS-1500 service on top of them. */
public class BillingAddressesTest {
    private static final String A = "11111111-1111-1111-1111-111111111111";
    private static final String B = "22222222-2222-2222-2222-222222222222";
    private static final PostalAddress PO_BOX = new PostalAddress("PO Box 12", null, "Springfield", "il", "62705");
    private TestDatabase db;
    private BillingAddresses addresses;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-billing", "billing");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        addresses = new BillingAddresses(db.transactions(), new AesGcmFieldCipher(key), Clock.systemUTC());
        actIn(A, Role.DIRECTOR);
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private static void actIn(String account, Role role) {
        RequestContext.set(new CurrentMember("s", "l" + account.substring(0, 8), "x@example.org", account, "A", "m", "Dana", role));
    }

    private static BillingAddressInput group(String name) {
        return new BillingAddressInput(name, "217.555.0100", "1245319599", NpiType.TYPE_2_ORGANIZATION, "12-3456789",
                TaxId.Type.EIN, null, null, PO_BOX, null, null);
    }

    @Test
    public void taxIdIsStoredEncryptedAndAnsweredMasked() throws Exception {
        BillingAddress created = addresses.create(group("Riverside Therapy LLC"));
        assertEquals("*****6789", created.taxIdMasked());
        assertEquals("(217) 555-0100", created.phone());
        assertEquals("IL", created.address().state());
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT tax_id_cipher FROM op_billing_address")) {
            assertTrue(rs.next());
            String stored = rs.getString(1);
            assertTrue(stored.startsWith("v1:"));
            assertFalse(stored.contains("3456789"));
            assertFalse(stored.contains("12-3456789"));
        }
        assertEquals("123456789", addresses.forClaim(created.id()).taxIdDigits());
    }

    @Test
    public void firstIsDefaultAndOnlyOneIsDefault() {
        BillingAddress first = addresses.create(group("Group A"));
        assertTrue(first.isDefault());
        BillingAddress second = addresses.create(group("Group B"));
        assertFalse(second.isDefault());
        addresses.makeDefault(second.id());
        assertFalse(addresses.get(first.id()).isDefault());
        assertTrue(addresses.get(second.id()).isDefault());
        assertEquals("default_address", assertThrows(DomainException.class, () -> addresses.archive(second.id()))
                .code());
        assertTrue(addresses.archive(first.id()).archived());
        assertEquals(1, addresses.list(false).size());
        assertEquals(2, addresses.list(true).size());
    }

    @Test
    public void everyFieldIsValidated() {
        ValidationException e = assertThrows(ValidationException.class, () -> addresses.create(
                new BillingAddressInput("", "555-0100", "1234567890", null, "123-45-678", TaxId.Type.SSN, "X1", null,
                        new PostalAddress("", null, "", "ZZ", "1234"), null, null)));
        for (String field : new String[] {"providerName", "phone", "npi", "npiType", "taxId", "otherIdQualifier",
            "address.street", "address.city", "address.state", "address.postalCode"}) {
            assertTrue(field + " in " + e.fields(), e.fields().containsKey(field));
        }
        assertTrue(addresses.list(true).isEmpty());
    }

    @Test
    public void changingWithoutTaxIdKeepsIt() {
        BillingAddress b = addresses.create(group("Group A"));
        BillingAddress renamed = addresses.update(b.id(), new BillingAddressInput("Group A Ltd", "(217) 555-0100",
                "1245319599", NpiType.TYPE_2_ORGANIZATION, null, TaxId.Type.EIN, "555", "G2", PO_BOX, null,
                b.version()));
        assertEquals("Group A Ltd", renamed.providerName());
        assertEquals("123456789", addresses.forClaim(b.id()).taxIdDigits());
        assertThrows(ValidationException.class, () -> addresses.update(b.id(), new BillingAddressInput("Group A Ltd",
                "(217) 555-0100", "1245319599", NpiType.TYPE_2_ORGANIZATION, null, TaxId.Type.SSN, null, null, PO_BOX,
                null, null)));
    }

    @Test
    public void otherAccountsAndClinicalMembers() {
        BillingAddress mine = addresses.create(group("Group A"));
        actIn(B, Role.DIRECTOR);
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> addresses.get(mine.id())).kind());
        assertThrows(DomainException.class, () -> addresses.forClaim(mine.id()));
        assertThrows(DomainException.class, () -> addresses.makeDefault(mine.id()));
        assertTrue(addresses.list(true).isEmpty());
        actIn(A, Role.CLINICAL);
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class,
                () -> addresses.list(false)).kind());
    }

    @Test
    public void cms1500ServiceJoinsProfileLocationAndAddress() {
        BillingAddress b = addresses.create(group("Riverside Therapy LLC"));
        Location clinic = new Location("11111111-0000-0000-0000-000000000001", "Riverside Clinic",
                LocationKind.PHYSICAL, new Address("1 Main St", null, "Springfield", "IL", "62701", "US"), null,
                BillTo.LOCATION, "1245319599", null, null, false, 1);
        LocationService locations = new LocationService() {
            @Override public java.util.List<Location> list(boolean a) { return java.util.List.of(clinic); }
            @Override public Location get(String id) {
                if (!id.equals(clinic.id())) {
                    throw DomainException.notFound("Location");
                }
                return clinic;
            }
            @Override public Location create(org.openpractice.locations.LocationInput i) { throw new AssertionError(); }
            @Override public Location update(String id, org.openpractice.locations.LocationInput i) {
                throw new AssertionError();
            }
            @Override public Location archive(String id) { throw new AssertionError(); }
            @Override public Location restore(String id) { throw new AssertionError(); }
        };
        ProviderIdentity dana = new ProviderIdentity("m1", "Dana", "Smith", "RD", "1234567893", null, null);
        Cms1500 cms = new Cms1500(addresses, locations, id -> id.equals("m1") ? Optional.of(dana) : Optional.empty());
        Cms1500Boxes boxes = cms.providerBoxes(new Cms1500Request("m1", clinic.id(), b.id(), null, null));
        assertEquals("123456789", boxes.box25TaxId());
        assertEquals("Dana Smith, RD", boxes.box31());
        assertEquals("Riverside Clinic", boxes.box32().get(0));
        assertEquals(java.util.List.of("Riverside Therapy LLC", "PO Box 12", "Springfield IL 62705"), boxes.box33());
        assertEquals("the stored (217) 555-0100 prints as digits", "2175550100", boxes.box33Phone());
        BillingAddress old = addresses.create(group("Old Group LLC"));
        addresses.archive(old.id());
        ValidationException archived = assertThrows(ValidationException.class,
                () -> cms.providerBoxes(new Cms1500Request("m1", clinic.id(), old.id(), null, null)));
        assertEquals("is archived; restore it or choose another", archived.fields().get("billingAddressId"));
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> cms.providerBoxes(new Cms1500Request("m2", clinic.id(), b.id(), null, null))).kind());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> cms.providerBoxes(new Cms1500Request(null, null, null, null, null)));
        assertEquals(3, missing.fields().size());
    }
}
