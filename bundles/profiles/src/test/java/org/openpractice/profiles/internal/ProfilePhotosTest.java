package org.openpractice.profiles.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.profiles.PhotoCrop;
import org.openpractice.profiles.ProfilePhoto;
import org.openpractice.testing.TestDatabase;

/** Profile photos on real EclipseLink and Derby: stored and read back, replaced, removed, audited, access rules. */
public class ProfilePhotosTest {
    private TestDatabase db;
    private ProfilePhotos photos;

    @Before
    public void setUp() {
        db = new TestDatabase("openpractice-profiles", "profiles");
        photos = new ProfilePhotos(db.transactions(), Clock.systemUTC(), new AccountMembers(Practice.directory()));
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private static <T> T as(CurrentMember member, Supplier<T> work) {
        return RequestContext.callAs(member, work);
    }

    private static DomainException.Kind refusal(CurrentMember member, Runnable work) {
        return assertThrows(DomainException.class, () -> as(member, () -> {
            work.run();
            return null;
        })).kind();
    }

    @Test
    public void aPhotoIsStoredReadBackReplacedAndRemoved() throws Exception {
        String carl = Practice.CARL.memberId();
        byte[] jpg = PhotoImagesTest.halves("jpg");
        byte[] png = PhotoImagesTest.halves("png");
        assertTrue(as(Practice.CARL, () -> photos.photo(carl)).isEmpty());

        ProfilePhoto set = as(Practice.CARL, () -> photos.setPhoto(carl, jpg, new PhotoCrop(0, 0, 150)));
        ProfilePhoto read = as(Practice.CARL, () -> photos.photo(carl)).orElseThrow();
        assertArrayEquals(set.png(), read.png());
        assertEquals(set.etag(), read.etag());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(read.png()));
        assertEquals(256, image.getWidth());
        assertEquals(256, image.getHeight());
        assertEquals(1, count("SELECT COUNT(*) FROM op_profile_photo"));

        ProfilePhoto replaced = as(Practice.CARL, () -> photos.setPhoto(carl, png, new PhotoCrop(150, 0, 150)));
        assertNotEquals("a new picture has a new tag", set.etag(), replaced.etag());
        assertEquals(1, count("SELECT COUNT(*) FROM op_profile_photo"));
        assertEquals(replaced.etag(), photos.stored(Practice.ACCOUNT_A, carl).orElseThrow().etag());
        assertTrue("the frame asks with the member's own account", photos.stored(Practice.ACCOUNT_B, carl).isEmpty());

        as(Practice.CARL, () -> {
            photos.removePhoto(carl);
            photos.removePhoto(carl);
            return null;
        });
        assertTrue(as(Practice.CARL, () -> photos.photo(carl)).isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM op_profile_photo"));
        assertEquals(List.of("profile.photo_set", "profile.photo_set", "profile.photo_removed"),
                strings("SELECT action FROM op_audit_event WHERE entity_id = '" + carl + "' ORDER BY occurred_at"));
    }

    @Test
    public void directorsSetOthersPhotosOtherRolesOnlyTheirOwn() throws Exception {
        byte[] png = PhotoImagesTest.halves("png");
        String carl = Practice.CARL.memberId();
        as(Practice.DIANA, () -> photos.setPhoto(carl, png, null));
        assertTrue(as(Practice.CARL, () -> photos.photo(carl)).isPresent());
        assertEquals(List.of(Practice.DIANA.loginId()), strings("SELECT login_id FROM op_audit_event"
                + " WHERE action = 'profile.photo_set'"));

        String diana = Practice.DIANA.memberId();
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.CARL, () -> photos.setPhoto(diana, png, null)));
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.ADA, () -> photos.removePhoto(carl)));
        assertEquals(DomainException.Kind.FORBIDDEN, refusal(Practice.CLARA, () -> photos.photo(carl)));
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.BOB, () -> photos.photo(carl)));
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.BOB, () -> photos.setPhoto(carl, png, null)));
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.BOB, () -> photos.removePhoto(carl)));
        assertEquals(DomainException.Kind.NOT_FOUND, refusal(Practice.DIANA, () -> photos.photo("not-an-id")));
        assertTrue("still there", as(Practice.CARL, () -> photos.photo(carl)).isPresent());
    }

    @Test
    public void refusedUploadsChangeNothing() throws Exception {
        String carl = Practice.CARL.memberId();
        byte[] png = PhotoImagesTest.halves("png");
        byte[] gif = PhotoImagesTest.halves("gif");
        ProfilePhoto kept = as(Practice.CARL, () -> photos.setPhoto(carl, png, null));
        ValidationException wrongType = assertThrows(ValidationException.class, () -> as(Practice.CARL,
                () -> photos.setPhoto(carl, gif, null)));
        assertEquals("Upload a JPEG, PNG or WebP image", wrongType.fields().get("photo"));
        ValidationException outside = assertThrows(ValidationException.class, () -> as(Practice.CARL,
                () -> photos.setPhoto(carl, png, new PhotoCrop(200, 0, 150))));
        assertTrue(outside.fields().containsKey("crop"));
        assertEquals(kept.etag(), as(Practice.CARL, () -> photos.photo(carl)).orElseThrow().etag());
        assertEquals(1, count("SELECT COUNT(*) FROM op_audit_event WHERE action = 'profile.photo_set'"));
    }

    private int count(String sql) {
        return Integer.parseInt(strings(sql).get(0));
    }

    private List<String> strings(String sql) {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1).strip());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
