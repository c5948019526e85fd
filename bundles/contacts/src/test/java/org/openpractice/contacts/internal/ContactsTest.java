package org.openpractice.contacts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.contacts.Contact;
import org.openpractice.contacts.ContactInput;
import org.openpractice.contacts.ContactPage;
import org.openpractice.contacts.ContactQuery;
import org.openpractice.contacts.ContactSettings;
import org.openpractice.contacts.ContactSummary;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.contacts.Phone;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.TestDatabase;

/** Contacts, their search and their settings on real EclipseLink and Derby. */
public class ContactsTest {
    static final String A = "11111111-1111-1111-1111-111111111111";
    static final String B = "22222222-2222-2222-2222-222222222222";
    private TestDatabase db;
    private Contacts contacts;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-contacts", "contacts");
        contacts = new Contacts(db.transactions(), new TickingClock());
        actAs(A, Role.CLINICAL);
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    static void actAs(String account, Role role) {
        RequestContext.set(new CurrentMember("s", "l" + account.substring(0, 8), "x@example.org", account, "Practice",
                "m" + account.substring(0, 8), "Dana", role));
    }

    static ContactInput contact(String name, String organisation, ContactType type, String email, String phone) {
        return new ContactInput(name, null, organisation, type, null, null, null, null,
                email == null ? List.of() : List.of(email),
                phone == null ? List.of() : List.of(new Phone(PhoneType.WORK, phone, null)), null, null, null);
    }

    private List<String> names(String q) {
        return names(new ContactQuery(q, null, null, 0, 50, false));
    }

    private List<String> names(ContactQuery query) {
        return contacts.list(query).items().stream().map(ContactSummary::name).toList();
    }

    private void seed() {
        contacts.create(contact("Ann Lee", "Bayview Pediatrics", ContactType.PHYSICIAN, "ann.lee@bayview.example",
                "(415) 555-0134"));
        contacts.create(contact("Bob Marsh", "Harbor Aged Care", ContactType.AGED_CARE_FACILITY,
                "bob@harbor.example", "(212) 555-0188"));
        contacts.create(contact("Carla Núñez", null, ContactType.PARENT_GUARDIAN, "carla@mail.example",
                "(312) 555-0101"));
        contacts.create(contact("Dev Patel", "Bayview Community Care", ContactType.COMMUNITY_CARE, null, null));
        contacts.create(contact("Erin Lee", "Northside Clinic", ContactType.PHYSICIAN, "erin@northside.example",
                "(617) 555-0142"));
    }

    @Test
    public void createAndReadBack() {
        Contact c = contacts.create(new ContactInput(" Dr Ann Lee ", "MD", "Bayview", ContactType.PHYSICIAN,
                "1234567893", "LIC-1", "0B", null, List.of("Ann@Bayview.example", "front@bayview.example"),
                List.of(new Phone(PhoneType.CELL, "415.555.0134", null), new Phone(PhoneType.FAX, "4155550199",
                        null)), null, "Prefers fax", null));
        assertEquals("Dr Ann Lee", c.name());
        assertEquals(List.of(MessagingMethod.EMAIL), c.messagingMethods());
        assertEquals(List.of("ann@bayview.example", "front@bayview.example"), c.emails());
        assertEquals(new Phone(PhoneType.CELL, "(415) 555-0134", "+14155550134"), c.phones().get(0));
        assertEquals("+14155550199", c.phones().get(1).e164());
        assertEquals(c, contacts.get(c.id()));
        ContactSummary row = contacts.list(ContactQuery.firstPage(null)).items().get(0);
        assertEquals("ann@bayview.example", row.email());
        assertEquals("(415) 555-0134", row.phone());
        assertEquals(PhoneType.CELL, row.phoneType());
    }

    @Test
    public void searchFindsByNameOrganisationEmailAndPhone() {
        seed();
        assertEquals(List.of("Ann Lee", "Erin Lee"), names("lee"));
        assertEquals(List.of("Ann Lee"), names("ann lee"));
        assertEquals(List.of("Carla Núñez"), names("nunez"));
        assertEquals(List.of("Ann Lee", "Dev Patel"), names("bayv"));
        assertEquals(2, contacts.list(new ContactQuery("bayv", null, null, 0, 1, false)).total());
        assertEquals(2, contacts.list(new ContactQuery("lee 1", null, null, 0, 1, false)).total());
        assertEquals(List.of("Bob Marsh"), names("Harbor Aged"));
        assertEquals(List.of("Erin Lee"), names("erin@northside.example"));
        assertEquals(List.of("Ann Lee"), names("ann.lee@"));
        assertEquals(List.of("Ann Lee"), names("(415) 555-0134"));
        assertEquals(List.of("Ann Lee"), names("415.555.0134"));
        assertEquals(List.of("Ann Lee"), names("4155550134"));
        assertEquals(List.of("Ann Lee"), names("+1 415 555 0134"));
        assertEquals(List.of("Ann Lee"), names("555-0134"));
        assertEquals(List.of(), names("zzz"));
        assertEquals(List.of(), names("lee northside bayview"));
    }

    @Test
    public void searchFollowsChanges() {
        Contact c = contacts.create(contact("Ann Lee", null, ContactType.OTHER, null, "(415) 555-0134"));
        contacts.update(c.id(), contact("Ann Kim", null, ContactType.OTHER, null, "(415) 555-0177"));
        assertEquals(List.of(), names("lee"));
        assertEquals(List.of(), names("4155550134"));
        assertEquals(List.of("Ann Kim"), names("kim"));
        assertEquals(List.of("Ann Kim"), names("(415) 555-0177"));
    }

    @Test
    public void typeFilterSortingAndPaging() {
        seed();
        assertEquals(List.of("Ann Lee", "Erin Lee"), names(new ContactQuery(null, ContactType.PHYSICIAN, null, 0, 50,
                false)));
        assertEquals(List.of("Erin Lee"), names(new ContactQuery("lee", ContactType.PHYSICIAN, null, 1, 1, false)));
        ContactPage first = contacts.list(new ContactQuery(null, null, "name", 0, 2, false));
        assertEquals(5, first.total());
        assertEquals(List.of("Ann Lee", "Bob Marsh"), first.items().stream().map(ContactSummary::name).toList());
        ContactPage third = contacts.list(new ContactQuery(null, null, "name", 2, 2, false));
        assertEquals(List.of("Erin Lee"), third.items().stream().map(ContactSummary::name).toList());
        assertEquals(5, third.total());
        assertEquals(List.of("Erin Lee", "Dev Patel", "Carla Núñez", "Bob Marsh", "Ann Lee"),
                names(new ContactQuery(null, null, "-name", 0, 50, false)));
        assertEquals(List.of("Dev Patel", "Ann Lee", "Bob Marsh", "Erin Lee", "Carla Núñez"),
                names(new ContactQuery(null, null, "organisation", 0, 50, false)));
        assertEquals("Bob Marsh", names(new ContactQuery(null, null, "type", 0, 50, false)).get(0));
        assertEquals(List.of("Carla Núñez", "Erin Lee", "Bob Marsh", "Ann Lee", "Dev Patel"),
                names(new ContactQuery(null, null, "-organisation", 0, 50, false)));
        assertEquals(List.of("Erin Lee", "Ann Lee"), names(new ContactQuery(null, null, "-type", 0, 2, false)));
        assertEquals(List.of("Ann Lee", "Bob Marsh", "Carla Núñez", "Erin Lee", "Dev Patel"),
                names(new ContactQuery(null, null, "email", 0, 50, false)));
        assertEquals(List.of("Dev Patel", "Erin Lee", "Carla Núñez"),
                names(new ContactQuery(null, null, "-email", 0, 3, false)));
        assertEquals(List.of("Bob Marsh", "Carla Núñez", "Ann Lee", "Erin Lee", "Dev Patel"),
                names(new ContactQuery(null, null, "phone", 0, 50, false)));
        assertEquals(List.of("Erin Lee", "Ann Lee"), names(new ContactQuery("lee", null, "-phone", 0, 50, false)));
        assertEquals(List.of("Erin Lee", "Ann Lee"), names(new ContactQuery(null, ContactType.PHYSICIAN, "-name", 0,
                50, false)));
        assertEquals(List.of("Erin Lee", "Ann Lee"), names(new ContactQuery("lee", null, "-name", 0, 50, false)));
        assertEquals(List.of("Erin Lee"), names(new ContactQuery("lee", null, "-organisation", 0, 1, false)));
        assertEquals(List.of("Ann Lee"), names(new ContactQuery("lee", null, "name", 0, 1, false)));
        assertEquals(List.of("Erin Lee"), names(new ContactQuery("lee", null, "name", 1, 1, false)));
    }

    @Test
    public void totalsFollowTypeChangesAndArchiving() {
        seed();
        String ann = contacts.list(ContactQuery.firstPage("ann")).items().get(0).id();
        String bob = contacts.list(ContactQuery.firstPage("bob")).items().get(0).id();
        contacts.update(ann, contact("Ann Lee", null, ContactType.AGED_CARE_FACILITY, null, null));
        contacts.archive(bob);
        contacts.create(contact("Fay Wong", null, ContactType.AGED_CARE_FACILITY, null, null));
        contacts.archive(contacts.create(contact("Gus Hale", null, ContactType.OTHER, null, null)).id());
        contacts.restore(bob);
        contacts.archive(bob);
        for (ContactType type : new ContactType[] {null, ContactType.PHYSICIAN, ContactType.AGED_CARE_FACILITY,
            ContactType.OTHER}) {
            for (boolean archived : new boolean[] {false, true}) {
                int counted = contacts.list(new ContactQuery(null, type, null, 0, 200, archived)).items().size();
                assertEquals(type + "/" + archived, counted,
                        contacts.list(new ContactQuery(null, type, null, 0, 1, archived)).total());
            }
        }
        assertEquals(5, contacts.list(new ContactQuery(null, null, null, 0, 1, false)).total());
        assertEquals(2, contacts.list(new ContactQuery(null, ContactType.AGED_CARE_FACILITY, null, 0, 1, false))
                .total());
        assertEquals(7, contacts.list(new ContactQuery(null, null, null, 3, 1, true)).total());
        assertEquals(List.of(), names(new ContactQuery("ann", ContactType.PHYSICIAN, null, 0, 50, false)));
        assertEquals(List.of("Ann Lee"), names(new ContactQuery("ann", ContactType.AGED_CARE_FACILITY, null, 0, 50,
                false)));
        assertEquals(3, contacts.list(new ContactQuery("c", null, null, 0, 1, false)).total());
        assertEquals(4, contacts.list(new ContactQuery("c", null, null, 0, 1, true)).total());
    }

    @Test
    public void badListParametersAreReportedPerField() {
        Map<String, String> fields = assertThrows(ValidationException.class,
                () -> contacts.list(new ContactQuery(null, null, "npi", -1, 500, false))).fields();
        assertTrue(fields.containsKey("sort"));
        assertTrue(fields.containsKey("page"));
        assertTrue(fields.containsKey("size"));
    }

    @Test
    public void archivedContactsLeaveTheListButStayReadable() {
        seed();
        String id = contacts.list(ContactQuery.firstPage("bob")).items().get(0).id();
        assertTrue(contacts.archive(id).archived());
        assertEquals(List.of(), names("bob"));
        assertEquals(4, contacts.list(ContactQuery.firstPage(null)).total());
        assertEquals(List.of("Bob Marsh"), names(new ContactQuery("bob", null, null, 0, 50, true)));
        assertTrue(contacts.get(id).archived());
        assertFalse(contacts.restore(id).archived());
        assertEquals(List.of("Bob Marsh"), names("bob"));
    }

    @Test
    public void newContactsGetTheAccountsDefaultMessagingMethods() {
        assertEquals(List.of(MessagingMethod.EMAIL), contacts.defaultMessagingMethods());
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class, () -> contacts
                .updateSettings(new ContactSettings(List.of(MessagingMethod.FAX)))).kind());
        actAs(A, Role.ADMINISTRATIVE);
        contacts.updateSettings(new ContactSettings(List.of(MessagingMethod.FAX, MessagingMethod.EMAIL)));
        assertEquals(List.of(MessagingMethod.EMAIL, MessagingMethod.FAX), contacts.settings().defaultMessagingMethods());
        Contact c = contacts.create(contact("Ann Lee", null, ContactType.PHYSICIAN, null, null));
        assertEquals(List.of(MessagingMethod.EMAIL, MessagingMethod.FAX), c.messagingMethods());
        Contact changed = contacts.update(c.id(), contact("Ann Lee", "Bayview", ContactType.PHYSICIAN, null, null));
        assertEquals("unchanged when the input names none", c.messagingMethods(), changed.messagingMethods());
        actAs(B, Role.DIRECTOR);
        assertEquals(List.of(MessagingMethod.EMAIL), contacts.settings().defaultMessagingMethods());
        assertThrows(ValidationException.class, () -> contacts.updateSettings(new ContactSettings(null)));
    }

    @Test
    public void badInputIsReportedWithJsonPaths() {
        ContactInput in = new ContactInput("Ann", null, null, ContactType.PHYSICIAN, "123", null, null, null,
                List.of("ann@example.org", "nope"), List.of(new Phone(PhoneType.CELL, "555-0134", null)), null, null,
                null);
        Map<String, String> fields = assertThrows(ValidationException.class, () -> contacts.create(in)).fields();
        assertEquals("is not a valid e-mail address", fields.get("emails[1]"));
        assertTrue(fields.containsKey("phones[0].number"));
        assertTrue(fields.containsKey("npi"));
        assertEquals(0, contacts.list(ContactQuery.firstPage(null)).total());
    }

    @Test
    public void staleVersionIsAConflict() {
        Contact c = contacts.create(contact("Ann Lee", null, ContactType.OTHER, null, null));
        contacts.update(c.id(), contact("Ann Lee 2", null, ContactType.OTHER, null, null));
        ContactInput stale = new ContactInput("Ann Lee 3", null, null, ContactType.OTHER, null, null, null, null,
                null, null, null, null, c.version());
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class,
                () -> contacts.update(c.id(), stale)).kind());
    }

    @Test
    public void anotherAccountsContactsAreNotFoundNorListed() {
        seed();
        String id = contacts.list(ContactQuery.firstPage("ann")).items().get(0).id();
        actAs(B, Role.DIRECTOR);
        for (Runnable call : List.<Runnable>of(() -> contacts.get(id),
                () -> contacts.update(id, contact("Mine", null, ContactType.OTHER, null, null)),
                () -> contacts.archive(id), () -> contacts.restore(id), () -> contacts.get("not-an-id"))) {
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, call::run).kind());
        }
        assertEquals(0, contacts.list(ContactQuery.firstPage(null)).total());
        assertEquals(List.of(), names("ann"));
        assertEquals(List.of(), names("4155550134"));
        contacts.create(contact("Ann Lee", null, ContactType.OTHER, null, null));
        assertEquals(1, contacts.list(ContactQuery.firstPage("ann")).total());
    }
}
