package org.openpractice.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.RecordComponent;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.internal.AesGcmFieldCipher;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.profiles.NotificationCategory;
import org.openpractice.profiles.NotificationFrequency;
import org.openpractice.profiles.NotificationSettings;
import org.openpractice.profiles.Phone;
import org.openpractice.profiles.PhoneType;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.ProviderIdentity;
import org.openpractice.profiles.PublicProvider;
import org.openpractice.profiles.Title;
import org.openpractice.testing.TestDatabase;

/** What other areas and the public see of My Details: the provider directory, online listing and account copies. */
public class ProvidersTest {
    private TestDatabase db;
    private Profiles profiles;
    private Notifications notifications;

    @Before
    public void setUp() throws SQLException {
        db = new TestDatabase("openpractice-profiles", "profiles");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        profiles = new Profiles(db.transactions(), new AesGcmFieldCipher(key), Clock.systemUTC(), Practice.directory());
        notifications = new Notifications(db.transactions(), Clock.systemUTC(), profiles.members());
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private Profile save(CurrentMember member, Title title, String first, String last, String description,
            String taxId) {
        return RequestContext.callAs(member, () -> profiles.updateMine(new ProfileInput(title, first, last, "RD",
                first.toLowerCase() + "@clinic.example", List.of(new Phone(PhoneType.CELL, "201-555-0123", null)),
                "1234567893", null, taxId, null, "LIC-9", "0B", description, null)));
    }

    @Test
    public void theDirectoryAnswersMembersOfTheActiveAccountOnly() {
        save(Practice.CARL, Title.DR, "Carl", "Jones", null, "123-45-6789");
        RequestContext.set(Practice.ADA);
        ProviderIdentity carl = profiles.provider(Practice.CARL.memberId()).orElseThrow();
        assertEquals(new ProviderIdentity(Practice.CARL.memberId(), "Carl", "Jones", "RD", "1234567893", "LIC-9",
                "0B"), carl);
        assertEquals("Carl Jones, RD", carl.nameWithCredentials());
        // a member who never saved is still a provider, named from the membership
        ProviderIdentity clara = profiles.provider(Practice.CLARA.memberId()).orElseThrow();
        assertEquals("Clara", clara.firstName());
        assertEquals("Oswald", clara.lastName());
        assertEquals(null, clara.npi());
        assertEquals(Optional.empty(), profiles.provider(Practice.BOB.memberId()));
        assertEquals(Optional.empty(), profiles.provider("00000000-0000-0000-0000-000000000000"));
        assertEquals(Optional.empty(), profiles.provider("junk"));
        RequestContext.set(Practice.BOB);
        assertEquals(Optional.empty(), profiles.provider(Practice.CARL.memberId()));
    }

    @Test
    public void thePublicListingShowsOnlyPublicFieldsOfActiveDescribedMembers() {
        save(Practice.CARL, Title.DR, "Carl", "Jones", "Feeding therapy for toddlers.", "123-45-6789");
        save(Practice.CLARA, Title.NONE, "Clara", "Oswald", null, null);
        save(Practice.DIANA, Title.MS, "Diana", "Prince", "Sports nutrition.", null);
        save(Practice.GONE, Title.MR, "Gone", "Away", "No longer here.", null);
        save(Practice.BOB, Title.MR, "Bob", "Builder", "Another practice.", null);
        RequestContext.clear();

        List<PublicProvider> listed = profiles.publicProviders(Practice.ACCOUNT_A);
        assertEquals(List.of(
                new PublicProvider(Practice.CARL.memberId(), Title.DR, "Carl", "Jones", "RD", "Dr Carl Jones, RD",
                        "Feeding therapy for toddlers."),
                new PublicProvider(Practice.DIANA.memberId(), Title.MS, "Diana", "Prince", "RD",
                        "Ms Diana Prince, RD", "Sports nutrition.")), listed);
        Set<String> fields = Arrays.stream(PublicProvider.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        assertEquals(Set.of("id", "title", "firstName", "lastName", "credentials", "displayName",
                "providerDescription"), fields);
        String everything = listed.toString();
        for (String secret : List.of("1234567893", "LIC-9", "6789", "clinic.example", "555")) {
            assertFalse(secret + " must not be public", everything.contains(secret));
        }
        assertEquals(List.of("Bob"), profiles.publicProviders(Practice.ACCOUNT_B).stream()
                .map(PublicProvider::firstName).toList());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> profiles.publicProviders("00000000-0000-0000-0000-000000000000")).kind());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> profiles.publicProviders("../etc")).kind());
        assertTrue(profiles.publicProviders(Practice.ACCOUNT_C).isEmpty());
    }

    @Test
    public void notificationSettingsStartFromDefaultsAndKeepWhatWasChosen() {
        NotificationSettings defaults = RequestContext.callAs(Practice.CARL, notifications::mine);
        assertEquals(Practice.CARL.memberId(), defaults.memberId());
        assertEquals(Map.of(NotificationCategory.NEW_MESSAGES, NotificationFrequency.IMMEDIATELY,
                NotificationCategory.MESSAGING_ERRORS, NotificationFrequency.IMMEDIATELY,
                NotificationCategory.APPOINTMENTS, NotificationFrequency.IMMEDIATELY,
                NotificationCategory.DOCUMENT_SUBMISSIONS, NotificationFrequency.DAILY_DIGEST),
                defaults.frequencies());

        NotificationSettings changed = RequestContext.callAs(Practice.CARL, () -> notifications.updateMine(
                new NotificationSettings(null, Map.of(NotificationCategory.APPOINTMENTS,
                        NotificationFrequency.HOURLY_DIGEST, NotificationCategory.NEW_MESSAGES,
                        NotificationFrequency.NEVER))));
        assertEquals(NotificationFrequency.HOURLY_DIGEST, changed.frequencies().get(NotificationCategory.APPOINTMENTS));
        assertEquals(NotificationFrequency.NEVER, changed.frequencies().get(NotificationCategory.NEW_MESSAGES));
        assertEquals(NotificationFrequency.IMMEDIATELY,
                changed.frequencies().get(NotificationCategory.MESSAGING_ERRORS));
        assertEquals(changed, RequestContext.callAs(Practice.CARL, notifications::mine));
        assertEquals(List.of(NotificationCategory.values()), List.copyOf(changed.frequencies().keySet()));

        // a director changes it for the member; the sender reads it without a signed-in member
        RequestContext.callAs(Practice.DIANA, () -> notifications.update(Practice.CARL.memberId(),
                new NotificationSettings(null, Map.of(NotificationCategory.APPOINTMENTS,
                        NotificationFrequency.DAILY_DIGEST))));
        RequestContext.clear();
        assertEquals(NotificationFrequency.DAILY_DIGEST, notifications.frequency(Practice.ACCOUNT_A,
                Practice.CARL.memberId(), NotificationCategory.APPOINTMENTS));
        assertEquals(NotificationFrequency.NEVER, notifications.frequency(Practice.ACCOUNT_A,
                Practice.CARL.memberId(), NotificationCategory.NEW_MESSAGES));
        assertEquals(NotificationFrequency.DAILY_DIGEST, notifications.frequency(Practice.ACCOUNT_A,
                Practice.CLARA.memberId(), NotificationCategory.DOCUMENT_SUBMISSIONS));
        assertEquals(NotificationFrequency.IMMEDIATELY, notifications.frequency(Practice.ACCOUNT_B,
                Practice.CARL.memberId(), NotificationCategory.NEW_MESSAGES));
        assertEquals(2, count("SELECT COUNT(*) FROM op_notification_setting"));
        assertEquals(2, count("SELECT COUNT(*) FROM op_audit_event WHERE action = 'profile.notifications_changed'"
                + " AND entity_id = '" + Practice.CARL.memberId() + "'"));
    }

    @Test
    public void notificationSettingsFollowTheSameAccessRules() {
        NotificationSettings never = new NotificationSettings(null, Map.of(NotificationCategory.NEW_MESSAGES,
                NotificationFrequency.NEVER));
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class, () -> RequestContext
                .callAs(Practice.CLARA, () -> notifications.update(Practice.CARL.memberId(), never))).kind());
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class, () -> RequestContext
                .callAs(Practice.CLARA, () -> notifications.get(Practice.CARL.memberId()))).kind());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, () -> RequestContext
                .callAs(Practice.BOB, () -> notifications.get(Practice.CARL.memberId()))).kind());
        DomainException missing = assertThrows(DomainException.class, () -> RequestContext.callAs(Practice.CARL,
                () -> notifications.updateMine(new NotificationSettings(null, null))));
        assertTrue(missing.fields().containsKey("frequencies"));
        java.util.Map<NotificationCategory, NotificationFrequency> withNull = new java.util.HashMap<>();
        withNull.put(NotificationCategory.APPOINTMENTS, null);
        DomainException nullValue = assertThrows(DomainException.class, () -> RequestContext.callAs(Practice.CARL,
                () -> notifications.updateMine(new NotificationSettings(null, withNull))));
        assertTrue(nullValue.fields().containsKey("frequencies.APPOINTMENTS"));
        assertEquals(0, count("SELECT COUNT(*) FROM op_notification_setting"));
    }

    @Test
    public void copiedMembersTakeTheirDetailsIntoTheNewAccount() throws SQLException {
        save(Practice.CARL, Title.DR, "Carl", "Jones", "Feeding therapy.", "123-45-6789");
        RequestContext.callAs(Practice.CARL, () -> notifications.updateMine(new NotificationSettings(null,
                Map.of(NotificationCategory.APPOINTMENTS, NotificationFrequency.NEVER))));
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO op_profile_photo (id, account_id, member_id, png, etag,"
                    + " version, created_at, updated_at) VALUES ('photo-1', '" + Practice.ACCOUNT_A + "', '"
                    + Practice.CARL.memberId() + "', CAST(X'89504E47' AS BLOB), 'etag-1', 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
        }
        RequestContext.set(Practice.DIANA);
        profiles.membersCopied(Practice.ACCOUNT_A, Practice.ACCOUNT_C,
                Map.of(Practice.CARL.memberId(), Practice.CARL_IN_C.memberId(),
                        Practice.DIANA.memberId(), "99999999-1111-2222-3333-444444444444"));

        RequestContext.set(Practice.CARL_IN_C);
        Profile copy = profiles.mine();
        Profile original = RequestContext.callAs(Practice.CARL, profiles::mine);
        assertEquals(original.phones(), copy.phones());
        assertEquals(original.npi(), copy.npi());
        assertEquals("*****6789", copy.taxId());
        assertEquals("123-45-6789", profiles.revealTaxId(Practice.CARL_IN_C.memberId()));
        assertEquals(NotificationFrequency.NEVER, notifications.mine().frequencies()
                .get(NotificationCategory.APPOINTMENTS));
        List<String> ciphertexts = strings("SELECT tax_id_ciphertext FROM op_profile ORDER BY created_at");
        assertEquals(2, ciphertexts.size());
        assertNotEquals(ciphertexts.get(0), ciphertexts.get(1));
        assertEquals(1, count("SELECT COUNT(*) FROM op_audit_event WHERE action = 'profile.copied' AND account_id = '"
                + Practice.ACCOUNT_C + "'"));
        assertEquals("the photo came along", "etag-1", strings("SELECT etag FROM op_profile_photo WHERE member_id = '"
                + Practice.CARL_IN_C.memberId() + "' AND account_id = '" + Practice.ACCOUNT_C + "'").get(0));
        // each copy is its own: changing one leaves the other
        save(Practice.CARL_IN_C, Title.PROF, "Carl", "Jones", null, null);
        assertEquals(Title.DR, RequestContext.callAs(Practice.CARL, profiles::mine).title());
    }

    private int count(String sql) {
        return Integer.parseInt(strings(sql).get(0));
    }

    private List<String> strings(String sql) {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> result = new java.util.ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
