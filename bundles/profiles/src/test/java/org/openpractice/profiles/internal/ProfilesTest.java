package org.openpractice.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.internal.AesGcmFieldCipher;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.Phone;
import org.openpractice.profiles.PhoneType;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.Title;
import org.openpractice.testing.TestDatabase;

/** My Details on real EclipseLink and Derby: round trips, access rules, the encrypted tax ID and its reveal. */
public class ProfilesTest {
    private TestDatabase db;
    private Profiles profiles;

    @Before
    public void setUp() throws SQLException {
        db = new TestDatabase("openpractice-profiles", "profiles");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        profiles = new Profiles(db.transactions(), new AesGcmFieldCipher(key), Clock.systemUTC(), Practice.directory());
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    static ProfileInput details(List<Phone> phones, String taxId, Integer version) {
        return new ProfileInput(Title.DR, "Carl", "Jones", "RD, LDN", "carl.work@example.org", phones, "1234567893",
                "Main NPI", taxId, null, "133V00000X", "ZZ", "Registered dietitian for families.", version);
    }

    private static Phone phone(PhoneType type, String number) {
        return new Phone(type, number, null);
    }

    private static <T> T as(CurrentMember member, java.util.function.Supplier<T> work) {
        return RequestContext.callAs(member, work);
    }

    private static DomainException.Kind refusal(CurrentMember member, Runnable work) {
        return assertThrows(DomainException.class, () -> as(member, () -> {
            work.run();
            return null;
        })).kind();
    }

    @Test
    public void aProfileNeverSavedReadsAsDefaultsFromTheMembership() {
        Profile p = as(Practice.CARL, profiles::mine);
        assertEquals(Practice.CARL.memberId(), p.memberId());
        assertEquals("Carl Mary", p.firstName());
        assertEquals("Jones", p.lastName());
        assertEquals(Title.NONE, p.title());
        assertTrue(p.phones().isEmpty());
        assertNull(p.taxId());
        assertNull(p.version());
        assertEquals(0, count("SELECT COUNT(*) FROM op_profile"));
    }

    @Test
    public void detailsRoundTripWithPhonesAddedRemovedAndReordered() {
        Profile first = as(Practice.CARL, () -> profiles.updateMine(details(List.of(
                phone(PhoneType.CELL, "(201) 555-0123"), phone(PhoneType.WORK, "201.555.0124")), null, null)));
        assertEquals(Title.DR, first.title());
        assertEquals("RD, LDN", first.credentials());
        assertEquals("carl.work@example.org", first.contactEmail());
        assertEquals("Main NPI", first.npiLabel());
        assertEquals("ZZ", first.otherIdQualifier());
        assertEquals(List.of(new Phone(PhoneType.CELL, "+12015550123", "(201) 555-0123"),
                new Phone(PhoneType.WORK, "+12015550124", "(201) 555-0124")), first.phones());
        assertEquals(first, as(Practice.CARL, profiles::mine));

        // add one at the front and swap the other two
        Profile reordered = as(Practice.CARL, () -> profiles.updateMine(details(List.of(
                phone(PhoneType.AFTER_HOURS, "+1 201 555 0199"), phone(PhoneType.WORK, "2015550124"),
                phone(PhoneType.CELL, "201-555-0123")), null, first.version())));
        assertEquals(List.of("+12015550199", "+12015550124", "+12015550123"),
                reordered.phones().stream().map(Phone::number).toList());
        assertEquals(List.of(PhoneType.AFTER_HOURS, PhoneType.WORK, PhoneType.CELL),
                reordered.phones().stream().map(Phone::type).toList());
        assertTrue(reordered.version() > first.version());
        assertEquals(reordered.phones(), as(Practice.CARL, profiles::mine).phones());
        assertEquals(List.of("+12015550199", "+12015550124", "+12015550123"), strings(
                "SELECT e164 FROM op_profile_phone ORDER BY list_index"));

        // remove the middle one
        Profile removed = as(Practice.CARL, () -> profiles.updateMine(details(List.of(
                phone(PhoneType.AFTER_HOURS, "+1 201 555 0199"), phone(PhoneType.CELL, "201-555-0123")), null,
                reordered.version())));
        assertEquals(List.of("+12015550199", "+12015550123"), removed.phones().stream().map(Phone::number).toList());
        assertEquals(removed.phones(), as(Practice.CARL, profiles::mine).phones());
        assertEquals(2, count("SELECT COUNT(*) FROM op_profile_phone"));

        Profile none = as(Practice.CARL, () -> profiles.updateMine(details(null, null, null)));
        assertTrue(none.phones().isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM op_profile_phone"));
        assertEquals(1, count("SELECT COUNT(*) FROM op_profile"));
        assertEquals(4, count("SELECT COUNT(*) FROM op_audit_event WHERE action IN ('profile.created',"
                + " 'profile.updated') AND login_id = '" + Practice.CARL.loginId() + "'"));
    }

    @Test
    public void theTaxIdIsStoredOnlyAsCiphertextAndAnsweredMasked() throws SQLException {
        Profile saved = as(Practice.CARL, () -> profiles.updateMine(details(List.of(), "078-05-1120", null)));
        assertEquals("*****1120", saved.taxId());
        assertEquals(TaxId.Type.SSN, saved.taxIdType());
        assertEquals("*****1120", as(Practice.CARL, profiles::mine).taxId());
        assertEquals("*****1120", as(Practice.DIANA, () -> profiles.get(Practice.CARL.memberId())).taxId());

        String ciphertext = strings("SELECT tax_id_ciphertext FROM op_profile").get(0);
        assertTrue(ciphertext.startsWith("v1:"));
        assertFalse(ciphertext.contains("078051120"));
        assertFalse(ciphertext.contains("078-05-1120"));
        assertEquals(List.of("1120"), strings("SELECT tax_id_last4 FROM op_profile"));
        for (String value : allValues("op_profile")) {
            assertFalse("plain tax ID in a column: " + value, value.contains("078051120")
                    || value.contains("078-05-1120"));
        }
        for (String value : allValues("op_audit_event")) {
            assertFalse("tax ID in the audit log", value.contains("078051120") || value.contains("078-05-1120"));
        }

        // sending the masked value back keeps the stored ciphertext untouched
        Profile kept = as(Practice.CARL, () -> profiles.updateMine(details(List.of(), "*****1120", saved.version())));
        assertEquals("*****1120", kept.taxId());
        assertEquals(ciphertext, strings("SELECT tax_id_ciphertext FROM op_profile").get(0));
        assertEquals("078-05-1120", as(Practice.CARL, () -> profiles.revealTaxId(Practice.CARL.memberId())));

        // an EIN replaces it; a blank value removes it
        Profile ein = as(Practice.CARL, () -> profiles.updateMine(details(List.of(), "98-7654321", null)));
        assertEquals("*****4321", ein.taxId());
        assertEquals(TaxId.Type.EIN, ein.taxIdType());
        assertEquals("98-7654321", as(Practice.CARL, () -> profiles.revealTaxId(Practice.CARL.memberId())));
        Profile cleared = as(Practice.CARL, () -> profiles.updateMine(details(List.of(), "", null)));
        assertNull(cleared.taxId());
        assertNull(cleared.taxIdType());
        assertEquals(List.of("<null>"), strings("SELECT tax_id_ciphertext FROM op_profile"));
        assertEquals(DomainException.Kind.NOT_FOUND,
                refusal(Practice.CARL, () -> profiles.revealTaxId(Practice.CARL.memberId())));
    }

    @Test
    public void aCiphertextMovedToAnotherRowDoesNotDecrypt() throws SQLException {
        as(Practice.CARL, () -> profiles.updateMine(details(List.of(), "123-45-6789", null)));
        as(Practice.CLARA, () -> profiles.updateMine(details(List.of(), "321-54-9876", null)));
        update("UPDATE op_profile SET tax_id_ciphertext = (SELECT tax_id_ciphertext FROM op_profile WHERE member_id"
                + " = ?) WHERE member_id = ?", Practice.CARL.memberId(), Practice.CLARA.memberId());
        DomainException e = assertThrows(DomainException.class,
                () -> as(Practice.CLARA, () -> profiles.revealTaxId(Practice.CLARA.memberId())));
        assertEquals(DomainException.Kind.UNAVAILABLE, e.kind());
        assertEquals("tax_id_unreadable", e.code());
    }

    @Test
    public void revealIsForTheOwnerAndDirectorsAndEveryRevealIsAudited() {
        String carl = Practice.CARL.memberId();
        Profile saved = as(Practice.CARL, () -> profiles.updateMine(details(List.of(), "123-45-6789", null)));
        assertNotNull(saved.version());
        assertEquals("123-45-6789", as(Practice.CARL, () -> profiles.revealTaxId(carl)));
        assertEquals("123-45-6789", as(Practice.DIANA, () -> profiles.revealTaxId(carl)));
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.CLARA, () -> profiles.revealTaxId(carl)));
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.ADA, () -> profiles.revealTaxId(carl)));
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.BOB, () -> profiles.revealTaxId(carl)));

        String profileId = strings("SELECT id FROM op_profile WHERE member_id = '" + carl + "'").get(0);
        List<String> reveals = strings("SELECT login_id FROM op_audit_event WHERE action = 'profile.tax_id_revealed'"
                + " AND entity_type = 'profile' AND entity_id = '" + profileId + "' AND account_id = '"
                + Practice.ACCOUNT_A + "' ORDER BY occurred_at");
        assertEquals(List.of(Practice.CARL.loginId(), Practice.DIANA.loginId()), reveals);
    }

    @Test
    public void aDirectorEditsAnotherMembersDetails() {
        String carl = Practice.CARL.memberId();
        Profile byDirector = as(Practice.DIANA, () -> profiles.update(carl, details(
                List.of(phone(PhoneType.FAX, "201 555 0150")), "12-3456789", null)));
        assertEquals(carl, byDirector.memberId());
        assertEquals(byDirector, as(Practice.CARL, profiles::mine));
        assertEquals(1, count("SELECT COUNT(*) FROM op_profile WHERE member_id = '" + carl + "' AND account_id = '"
                + Practice.ACCOUNT_A + "' AND created_by = '" + Practice.DIANA.loginId() + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM op_audit_event WHERE action = 'profile.created' AND login_id = '"
                + Practice.DIANA.loginId() + "'"));
        // the director's own details stay untouched
        assertNull(as(Practice.DIANA, profiles::mine).version());
    }

    @Test
    public void otherRolesAreRefusedSomeoneElsesDetails() {
        String diana = Practice.DIANA.memberId();
        ProfileInput input = details(List.of(), null, null);
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.CARL, () -> profiles.get(diana)));
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.CARL, () -> profiles.update(diana, input)));
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.ADA, () -> profiles.update(diana, input)));
        assertEquals(0, count("SELECT COUNT(*) FROM op_profile"));
        // but their own is theirs
        assertEquals("Carl", as(Practice.CARL, () -> profiles.update(Practice.CARL.memberId(), input)).firstName());
    }

    @Test
    public void anotherAccountsMemberIsNotFoundWhateverTheRole() {
        String carl = Practice.CARL.memberId();
        as(Practice.CARL, () -> profiles.updateMine(details(List.of(), null, null)));
        ProfileInput input = details(List.of(), null, null);
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.BOB, () -> profiles.get(carl)));
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.BOB, () -> profiles.update(carl, input)));
        assertEquals(DomainException.Kind.NOT_FOUND,
                refusal(Practice.BOBS_CLINICIAN, () -> profiles.get(carl)));
        assertEquals(DomainException.Kind.NOT_FOUND,
                refusal(Practice.CARL, () -> profiles.get(Practice.BOB.memberId())));
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.DIANA, () -> profiles.get("not-an-id")));
        assertEquals(DomainException.Kind.NOT_FOUND,
                refusal(Practice.DIANA, () -> profiles.get("00000000-0000-0000-0000-000000000000")));
        assertEquals("Carl", as(Practice.CARL, profiles::mine).firstName());
    }

    @Test
    public void badInputIsReportedPerFieldAndChangesNothing() {
        Profile saved = as(Practice.CARL, () -> profiles.updateMine(details(
                List.of(phone(PhoneType.CELL, "201-555-0123")), "123-45-6789", null)));
        ProfileInput bad = new ProfileInput(Title.MS, "Carla", "Jones", null, "nope", List.of(
                phone(PhoneType.CELL, "201-555-0123"), phone(PhoneType.HOME, "555-0100")), "1234567890", null,
                "12345", null, "LIC-1", null, null, saved.version());
        ValidationException e = assertThrows(ValidationException.class,
                () -> as(Practice.CARL, () -> profiles.updateMine(bad)));
        assertEquals(Map.of("contactEmail", "is not a valid e-mail address",
                "phones[1].number", "is not a valid phone number (include the area code)",
                "npi", "is not a valid NPI (check digit)",
                "taxId", "must be an SSN (123-45-6789) or an EIN (12-3456789)",
                "otherIdQualifier", "is required when an Other ID is given"), e.fields());
        assertEquals(saved, as(Practice.CARL, profiles::mine));
    }

    @Test
    public void aStaleVersionIsAConflict() {
        Profile first = as(Practice.CARL, () -> profiles.updateMine(details(List.of(), null, null)));
        as(Practice.DIANA, () -> profiles.update(Practice.CARL.memberId(), new ProfileInput(Title.MR, "Carl",
                "Jones", null, null, null, null, null, null, null, null, null, null, first.version())));
        DomainException e = assertThrows(DomainException.class, () -> as(Practice.CARL,
                () -> profiles.updateMine(details(List.of(), null, first.version()))));
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(Title.MR, as(Practice.CARL, profiles::mine).title());
    }

    @Test
    public void moduleIsDescribed() {
        assertEquals("profiles", profiles.id());
        assertEquals("My Details", profiles.name());
        assertTrue(profiles.healthy());
    }

    private int count(String sql) {
        return Integer.parseInt(strings(sql).get(0));
    }

    private List<String> strings(String sql) {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                String v = rs.getString(1);
                result.add(v == null ? "<null>" : v.strip());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> allValues(String table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String v = rs.getString(i);
                    if (v != null) {
                        values.add(v);
                    }
                }
            }
        }
        assertFalse(values.isEmpty());
        return values;
    }

    private void update(String sql, String... params) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            assertEquals(1, ps.executeUpdate());
        }
    }
}
