package org.openpractice.profiles.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.profiles.PhotoCrop;
import org.openpractice.profiles.PhotoSource;
import org.openpractice.profiles.ProfilePhoto;
import org.openpractice.profiles.ProfilePhotoService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Members' profile photos: checked, cropped and re-encoded by {@link PhotoImages}, one row per member. */
@Component(service = {ProfilePhotoService.class, ProfilePhotos.class})
public class ProfilePhotos implements ProfilePhotoService {
    /** Decoding is the costly part; two at a time keep a burst of uploads within the server's memory. */
    private final Semaphore decoders = new Semaphore(2, true);
    private final AccountMembers members;
    private final Transactions tx;
    private final Clock clock;

    @Activate
    public ProfilePhotos(@Reference Profiles profiles,
            @Reference(target = "(osgi.unit.name=openpractice-profiles)") JpaTemplate jpa) {
        // The Profiles reference guarantees the schema is migrated before this component runs.
        this(Transactions.of(jpa), Clock.systemUTC(), profiles.members());
    }

    ProfilePhotos(Transactions tx, Clock clock, AccountMembers members) {
        this.members = members;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<ProfilePhoto> photo(String memberId) {
        CurrentMember me = RequestContext.require();
        MemberAccess.check(members, me, memberId);
        return tx.inTransaction(em -> byMember(em, memberId).map(ProfilePhotoEntity::toDto));
    }

    @Override
    public ProfilePhoto setPhoto(String memberId, byte[] image, PhotoCrop crop) {
        CurrentMember me = RequestContext.require();
        MemberAccess.check(members, me, memberId);
        PhotoSource source = PhotoImages.inspect(image);
        byte[] png = decoding(() -> PhotoImages.storedPng(image, crop));
        String etag = etag(png);
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            MemberAccess.check(members, me, memberId);
            ProfilePhotoEntity photo = byMember(em, memberId).orElse(null);
            boolean created = photo == null;
            if (created) {
                photo = new ProfilePhotoEntity();
                photo.created(me.loginId(), now);
                photo.accountId = me.accountId();
                photo.memberId = memberId;
            } else {
                photo.updated(me.loginId(), now);
            }
            photo.png = png;
            photo.etag = etag;
            if (created) {
                em.persist(photo);
            }
            flush(em);
            Audit.record(em, "profile.photo_set", "member", memberId, "from " + source.mediaType() + " "
                    + source.width() + "x" + source.height() + (crop == null ? ", centred square"
                    : ", square " + crop.size() + " at " + crop.x() + "," + crop.y()));
            return photo.toDto();
        });
    }

    @Override
    public void removePhoto(String memberId) {
        CurrentMember me = RequestContext.require();
        MemberAccess.check(members, me, memberId);
        tx.inTransaction(em -> {
            byMember(em, memberId).ifPresent(photo -> {
                em.remove(photo);
                em.flush();
                Audit.record(em, "profile.photo_removed", "member", memberId, null);
            });
            return null;
        });
    }

    @Override
    public PhotoSource inspect(byte[] image) {
        return PhotoImages.inspect(image);
    }

    /** For the application frame, which shows the signed-in member's own photo: no access check of its own. */
    Optional<ProfilePhoto> stored(String accountId, String memberId) {
        return tx.inTransaction(em -> byMember(em, memberId).filter(p -> p.accountId.equals(accountId))
                .map(ProfilePhotoEntity::toDto));
    }

    private <T> T decoding(Supplier<T> work) {
        try {
            if (!decoders.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new DomainException(DomainException.Kind.UNAVAILABLE, "busy",
                        "Many photos are being processed right now; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "busy", "The photo was not processed");
        }
        try {
            return work.get();
        } finally {
            decoders.release();
        }
    }

    /**
     * Copies the photo of {@code fromMember} (of {@code fromAccount}) to {@code toMember} of {@code toAccount}, in
     * the caller's transaction, unless there is none or the new member has one already. Answers whether it copied.
     */
    static boolean copy(EntityManager em, String fromAccount, String fromMember, String toAccount, String toMember,
            String loginId, Instant now) {
        ProfilePhotoEntity source = byMember(em, fromMember).filter(p -> p.accountId.equals(fromAccount)).orElse(null);
        if (source == null || byMember(em, toMember).isPresent()) {
            return false;
        }
        ProfilePhotoEntity copy = new ProfilePhotoEntity();
        copy.created(loginId, now);
        copy.accountId = toAccount;
        copy.memberId = toMember;
        copy.png = source.png.clone();
        copy.etag = source.etag;
        em.persist(copy);
        return true;
    }

    private static Optional<ProfilePhotoEntity> byMember(EntityManager em, String memberId) {
        return em.createQuery("SELECT p FROM ProfilePhotoEntity p WHERE p.memberId = :m", ProfilePhotoEntity.class)
                .setParameter("m", memberId).getResultList().stream().findFirst();
    }

    /** Two first uploads at once both create: the later one is a conflict, not a failure. */
    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("stale", "The photo was changed at the same moment; try again");
        }
    }

    static String etag(byte[] png) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(png);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
