package org.openpractice.profiles.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.accounts.AccountListener;
import org.openpractice.accounts.MemberDirectory;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.crypto.FieldCipher;
import org.openpractice.platform.module.ModuleDescriptor;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.ProfileService;
import org.openpractice.profiles.ProviderDirectory;
import org.openpractice.profiles.ProviderIdentity;
import org.openpractice.profiles.PublicProvider;
import org.openpractice.profiles.Title;
import org.openpractice.profiles.internal.AccountMembers.Membership;
import org.openpractice.profiles.internal.ProfileRules.Checked;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** My Details of the active account's members, the provider directory built on them, and copying into new accounts. */
@Component(service = {ProfileService.class, ProviderDirectory.class, ModuleDescriptor.class, AccountListener.class,
        Profiles.class})
public class Profiles implements ProfileService, ProviderDirectory, ModuleDescriptor, AccountListener {
    private final Logger logger = LoggerFactory.getLogger(Profiles.class);
    private final AccountMembers members;
    private final Transactions tx;
    private final FieldCipher cipher;
    private final Clock clock;

    @Activate
    public Profiles(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-profiles)") JpaTemplate jpa,
            @Reference FieldCipher cipher, @Reference MemberDirectory directory) {
        this(Transactions.forArea(migrations, context.getBundle(), "profiles", jpa), cipher, Clock.systemUTC(),
                directory);
    }

    Profiles(Transactions tx, FieldCipher cipher, Clock clock, MemberDirectory directory) {
        this.members = new AccountMembers(directory);
        this.tx = tx;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The accounts area's members, as this area looks them up. */
    AccountMembers members() {
        return members;
    }

    @Override
    public String id() {
        return "profiles";
    }

    @Override
    public String name() {
        return "My Details";
    }

    @Override
    public Profile mine() {
        return get(RequestContext.require().memberId());
    }

    @Override
    public Profile get(String memberId) {
        CurrentMember me = RequestContext.require();
        return tx.inTransaction(em -> {
            Membership member = MemberAccess.check(members, me, memberId);
            return byMember(em, memberId).map(ProfileEntity::toDto).orElseGet(() -> defaults(member));
        });
    }

    @Override
    public Profile updateMine(ProfileInput input) {
        return update(RequestContext.require().memberId(), input);
    }

    @Override
    public Profile update(String memberId, ProfileInput input) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            Membership member = MemberAccess.check(members, me, memberId);
            ProfileEntity p = byMember(em, memberId).orElse(null);
            Checked checked = ProfileRules.check(input, member.country(), p == null ? null : p.maskedTaxId());
            boolean created = p == null;
            if (created) {
                p = new ProfileEntity();
                p.id = Ids.newId();
                p.accountId = me.accountId();
                p.memberId = memberId;
                p.createdAt = now;
                p.createdBy = me.loginId();
            } else if (input.version() != null && input.version() != p.version) {
                throw DomainException.conflict("stale", "Someone else changed these details; reload and try again");
            }
            List<String> changed = apply(p, checked);
            p.updatedAt = now;
            p.updatedBy = me.loginId();
            if (created) {
                em.persist(p);
            }
            flush(em);
            Audit.record(em, created ? "profile.created" : "profile.updated", "profile", p.id,
                    "member " + memberId + "; fields: " + (changed.isEmpty() ? "none" : String.join(", ", changed)));
            return p.toDto();
        });
    }

    @Override
    public String revealTaxId(String memberId) {
        CurrentMember me = RequestContext.require();
        return tx.inTransaction(em -> {
            MemberAccess.check(members, me, memberId);
            ProfileEntity p = byMember(em, memberId).filter(e -> e.taxIdCiphertext != null)
                    .orElseThrow(() -> DomainException.notFound("Tax ID"));
            String digits = decrypt(p);
            Audit.record(em, "profile.tax_id_revealed", "profile", p.id, "member " + memberId);
            return ProfileRules.format(digits, p.taxIdType);
        });
    }

    @Override
    public List<PublicProvider> publicProviders(String accountId) {
        if (!Ids.looksValid(accountId)) {
            throw DomainException.notFound("Account");
        }
        return tx.inTransaction(em -> {
            if (!members.accountExists(accountId)) {
                throw DomainException.notFound("Account");
            }
            Set<String> active = members.active(accountId).stream().map(Membership::memberId)
                    .collect(Collectors.toSet());
            return em.createQuery("SELECT p FROM ProfileEntity p WHERE p.accountId = :a"
                    + " AND p.providerDescription IS NOT NULL ORDER BY p.lastName, p.firstName", ProfileEntity.class)
                    .setParameter("a", accountId).getResultList().stream()
                    .filter(p -> active.contains(p.memberId)).map(ProfileEntity::toPublic).toList();
        });
    }

    @Override
    public Optional<ProviderIdentity> provider(String memberId) {
        String account = RequestContext.accountId();
        if (!Ids.looksValid(memberId)) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> members.find(account, memberId).map(m -> byMember(em, memberId)
                .map(ProfileEntity::toIdentity)
                .orElseGet(() -> new ProviderIdentity(memberId, m.defaultFirstName(), m.defaultLastName(), null,
                        null, null, null))));
    }

    /**
     * Copies My Details (with the photo and notification settings) of the members copied into a new account, each
     * tax ID re-encrypted for its new row.
     */
    @Override
    public void membersCopied(String fromAccountId, String toAccountId, Map<String, String> memberIds) {
        String loginId = RequestContext.current().map(CurrentMember::loginId).orElse(null);
        Instant now = clock.instant();
        int copied = tx.inTransaction(em -> {
            int count = 0;
            for (Map.Entry<String, String> pair : memberIds.entrySet()) {
                if (ProfilePhotos.copy(em, fromAccountId, pair.getKey(), toAccountId, pair.getValue(), loginId, now)) {
                    em.flush();
                    Audit.record(em, toAccountId, loginId, "profile.photo_copied", "profile_photo", pair.getValue(),
                            "from member " + pair.getKey());
                }
                ProfileEntity source = byMember(em, pair.getKey())
                        .filter(p -> p.accountId.equals(fromAccountId)).orElse(null);
                if (source == null || byMember(em, pair.getValue()).isPresent()) {
                    continue;
                }
                ProfileEntity copy = copyOf(source, toAccountId, pair.getValue(), loginId, now);
                em.persist(copy);
                Notifications.copy(em, pair.getKey(), toAccountId, pair.getValue(), loginId, now);
                em.flush();
                Audit.record(em, toAccountId, loginId, "profile.copied", "profile", copy.id,
                        "from member " + pair.getKey());
                count++;
            }
            return count;
        });
        logger.info("Copied {} member profiles into account {}", copied, toAccountId);
    }

    private ProfileEntity copyOf(ProfileEntity s, String accountId, String memberId, String loginId, Instant now) {
        ProfileEntity c = new ProfileEntity();
        c.id = Ids.newId();
        c.accountId = accountId;
        c.memberId = memberId;
        c.title = s.title;
        c.firstName = s.firstName;
        c.lastName = s.lastName;
        c.credentials = s.credentials;
        c.contactEmail = s.contactEmail;
        s.phones.forEach(ph -> c.phones.add(new PhoneValue(ph.type, ph.e164, ph.display)));
        c.npi = s.npi;
        c.npiLabel = s.npiLabel;
        if (s.taxIdCiphertext != null) {
            c.taxIdCiphertext = cipher.encrypt(decrypt(s), c.taxIdContext());
            c.taxIdType = s.taxIdType;
            c.taxIdLast4 = s.taxIdLast4;
        }
        c.otherId = s.otherId;
        c.otherIdQualifier = s.otherIdQualifier;
        c.providerDescription = s.providerDescription;
        c.createdAt = now;
        c.createdBy = loginId;
        c.updatedAt = now;
        c.updatedBy = loginId;
        return c;
    }

    /** Sets the checked values; answers the names of the fields that changed (for the audit record, never values). */
    private List<String> apply(ProfileEntity p, Checked c) {
        List<String> changed = new ArrayList<>();
        p.title = set(changed, "title", p.title, c.title());
        p.firstName = set(changed, "firstName", p.firstName, c.firstName());
        p.lastName = set(changed, "lastName", p.lastName, c.lastName());
        p.credentials = set(changed, "credentials", p.credentials, c.credentials());
        p.contactEmail = set(changed, "contactEmail", p.contactEmail, c.contactEmail());
        if (!samePhones(p.phones, c.phones())) {
            changed.add("phones");
            p.phones.clear();
            p.phones.addAll(c.phones());
        }
        p.npi = set(changed, "npi", p.npi, c.npi());
        p.npiLabel = set(changed, "npiLabel", p.npiLabel, c.npiLabel());
        switch (c.taxId().kind()) {
            case CLEAR -> {
                if (p.taxIdCiphertext != null) {
                    changed.add("taxId");
                }
                p.taxIdCiphertext = null;
                p.taxIdType = null;
                p.taxIdLast4 = null;
            }
            case SET -> {
                changed.add("taxId");
                p.taxIdCiphertext = cipher.encrypt(c.taxId().digits(), p.taxIdContext());
                p.taxIdType = c.taxId().type();
                p.taxIdLast4 = c.taxId().digits().substring(c.taxId().digits().length() - 4);
            }
            case KEEP -> {
            }
        }
        p.otherId = set(changed, "otherId", p.otherId, c.otherId());
        p.otherIdQualifier = set(changed, "otherIdQualifier", p.otherIdQualifier, c.otherIdQualifier());
        p.providerDescription = set(changed, "providerDescription", p.providerDescription,
                c.providerDescription());
        return changed;
    }

    private static <T> T set(List<String> changed, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
        return after;
    }

    private static boolean samePhones(List<PhoneValue> stored, List<PhoneValue> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            if (!stored.get(i).sameAs(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    private String decrypt(ProfileEntity p) {
        try {
            return cipher.decrypt(p.taxIdCiphertext, p.taxIdContext());
        } catch (RuntimeException e) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "tax_id_unreadable",
                    "The stored tax ID cannot be decrypted with this server's key");
        }
    }

    /** Two first saves at once both create: the later one is a conflict, not a failure. */
    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("stale", "Someone else changed these details; reload and try again");
        }
    }

    static Optional<ProfileEntity> byMember(EntityManager em, String memberId) {
        return em.createQuery("SELECT p FROM ProfileEntity p WHERE p.memberId = :m", ProfileEntity.class)
                .setParameter("m", memberId).getResultList().stream().findFirst();
    }

    private static Profile defaults(Membership m) {
        return new Profile(m.memberId(), Title.NONE, m.defaultFirstName(), m.defaultLastName(), null, null,
                List.of(), null, null, null, (TaxId.Type) null, null, null, null, null);
    }
}
