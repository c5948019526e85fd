package org.openpractice.billing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.BillingAddressInput;
import org.openpractice.billing.BillingAddressService;
import org.openpractice.billing.PostalAddress;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.crypto.FieldCipher;
import org.openpractice.platform.module.ModuleDescriptor;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Npi;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.platform.validation.Phones;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.platform.validation.Text;
import org.openpractice.platform.validation.UsAddresses;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Mailing & billing addresses of the active account: validated, tax IDs encrypted, one default at a time. */
@Component(service = {BillingAddressService.class, BillingAddresses.class, ModuleDescriptor.class})
public class BillingAddresses implements BillingAddressService, ModuleDescriptor {
    /** What claims need of a billing address, with the tax ID in clear; never leaves the billing area. */
    record ForClaim(BillingAddress address, String phoneDisplay, String taxIdDigits) {
    }

    private final Transactions tx;
    private final FieldCipher cipher;
    private final Clock clock;

    @Activate
    public BillingAddresses(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-billing)") JpaTemplate jpa,
            @Reference FieldCipher cipher) {
        this(Transactions.forArea(migrations, context.getBundle(), "billing", jpa), cipher, Clock.systemUTC());
    }

    BillingAddresses(Transactions tx, FieldCipher cipher, Clock clock) {
        this.tx = tx;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "billing";
    }

    @Override
    public String name() {
        return "Billing";
    }

    @Override
    public List<BillingAddress> list(boolean includeArchived) {
        String account = settings().accountId();
        return tx.inTransaction(em -> em.createQuery("SELECT b FROM BillingAddressEntity b WHERE b.accountId = :a"
                + (includeArchived ? "" : " AND b.archived = FALSE") + " ORDER BY b.isDefault DESC, b.providerName",
                BillingAddressEntity.class).setParameter("a", account).getResultList().stream()
                .map(BillingAddressEntity::toDto).toList());
    }

    @Override
    public BillingAddress get(String id) {
        String account = settings().accountId();
        return tx.inTransaction(em -> find(em, account, id).toDto());
    }

    /** For claims: readable by every member who may prepare one; the tax ID decrypted. */
    ForClaim forClaim(String id) {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> {
            BillingAddressEntity b = find(em, account, id);
            return new ForClaim(b.toDto(), b.phoneDisplay, TaxId.digits(cipher.decrypt(b.taxIdCipher,
                    b.taxIdContext())));
        });
    }

    @Override
    public BillingAddress create(BillingAddressInput input) {
        CurrentMember me = settings();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            BillingAddressEntity b = new BillingAddressEntity();
            b.created(me.loginId(), now);
            b.accountId = me.accountId();
            apply(b, input, true, now, me);
            boolean first = em.createQuery("SELECT COUNT(b) FROM BillingAddressEntity b WHERE b.accountId = :a"
                    + " AND b.archived = FALSE", Long.class).setParameter("a", me.accountId()).getSingleResult() == 0;
            b.isDefault = first || Boolean.TRUE.equals(input.isDefault());
            if (b.isDefault) {
                clearDefault(em, me.accountId());
            }
            em.persist(b);
            em.flush();
            Audit.record(em, "billing_address.created", "billing_address", b.id, null);
            return b.toDto();
        });
    }

    @Override
    public BillingAddress update(String id, BillingAddressInput input) {
        CurrentMember me = settings();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            BillingAddressEntity b = find(em, me.accountId(), id);
            if (input != null && input.version() != null && input.version() != b.version) {
                throw DomainException.conflict("stale", "Someone else changed this address; reload and try again");
            }
            apply(b, input, false, now, me);
            if (Boolean.TRUE.equals(input.isDefault()) && !b.isDefault) {
                clearDefault(em, me.accountId());
                b.isDefault = true;
            }
            em.flush();
            Audit.record(em, "billing_address.updated", "billing_address", b.id, null);
            return b.toDto();
        });
    }

    @Override
    public BillingAddress makeDefault(String id) {
        CurrentMember me = settings();
        return tx.inTransaction(em -> {
            BillingAddressEntity b = find(em, me.accountId(), id);
            if (b.archived) {
                throw DomainException.conflict("archived", "Restore this address before making it the default");
            }
            if (!b.isDefault) {
                clearDefault(em, me.accountId());
                b.isDefault = true;
                em.flush();
                Audit.record(em, "billing_address.made_default", "billing_address", b.id, null);
            }
            return b.toDto();
        });
    }

    @Override
    public BillingAddress archive(String id) {
        CurrentMember me = settings();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            BillingAddressEntity b = find(em, me.accountId(), id);
            if (b.isDefault) {
                throw DomainException.conflict("default_address",
                        "This is the default billing address; make another one the default first");
            }
            if (!b.archived) {
                b.archived = true;
                b.updated(me.loginId(), now);
                em.flush();
                Audit.record(em, "billing_address.archived", "billing_address", b.id, null);
            }
            return b.toDto();
        });
    }

    @Override
    public BillingAddress restore(String id) {
        CurrentMember me = settings();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            BillingAddressEntity b = find(em, me.accountId(), id);
            if (b.archived) {
                b.archived = false;
                b.updated(me.loginId(), now);
                em.flush();
                Audit.record(em, "billing_address.restored", "billing_address", b.id, null);
            }
            return b.toDto();
        });
    }

    private static CurrentMember settings() {
        return RequestContext.requireRole(Role.DIRECTOR, Role.ADMINISTRATIVE);
    }

    private static void clearDefault(EntityManager em, String account) {
        for (BillingAddressEntity other : em.createQuery("SELECT b FROM BillingAddressEntity b"
                + " WHERE b.accountId = :a AND b.isDefault = TRUE", BillingAddressEntity.class)
                .setParameter("a", account).getResultList()) {
            other.isDefault = false;
        }
        em.flush();
    }

    private static BillingAddressEntity find(EntityManager em, String account, String id) {
        BillingAddressEntity b = Ids.looksValid(id) ? em.find(BillingAddressEntity.class, id) : null;
        if (b == null || !b.accountId.equals(account)) {
            throw DomainException.notFound("Billing address");
        }
        return b;
    }

    private void apply(BillingAddressEntity b, BillingAddressInput in, boolean creating, Instant now,
            CurrentMember me) {
        Errors errors = new Errors();
        if (in == null) {
            errors.add("providerName", "is required").throwIfAny();
        }
        String name = errors.required("providerName", in.providerName());
        errors.maxLength("providerName", name, 200);
        Phones.Parsed phone = null;
        String phoneRaw = errors.required("phone", in.phone());
        if (phoneRaw != null) {
            try {
                phone = Phones.parse(phoneRaw, "US");
            } catch (IllegalArgumentException e) {
                errors.add("phone", e.getMessage());
            }
        }
        String npi = errors.required("npi", in.npi());
        errors.check("npi", npi, Npi::problem);
        if (in.npiType() == null) {
            errors.add("npiType", "is required: TYPE_2_ORGANIZATION or TYPE_1_INDIVIDUAL");
        }
        String taxId = Text.trimToNull(in.taxId());
        if (in.taxIdType() == null) {
            errors.add("taxIdType", "is required: SSN or EIN");
        }
        if (taxId == null && creating) {
            errors.add("taxId", "is required");
        } else if (taxId != null && in.taxIdType() != null) {
            errors.check("taxId", taxId, t -> TaxId.problem(in.taxIdType(), t));
        } else if (taxId == null && in.taxIdType() != null && in.taxIdType() != b.taxIdType) {
            errors.add("taxId", "enter the tax ID again when its type changes");
        }
        OtherId.check(errors, "otherId", in.otherId(), "otherIdQualifier", in.otherIdQualifier());
        PostalAddress a = in.address();
        String street = errors.required("address.street", a == null ? null : a.street());
        errors.maxLength("address.street", street, 200);
        String street2 = errors.maxLength("address.street2", a == null ? null : a.street2(), 200);
        String city = errors.required("address.city", a == null ? null : a.city());
        errors.maxLength("address.city", city, 100);
        String state = errors.required("address.state", a == null ? null : a.state());
        errors.check("address.state", state, UsAddresses::stateProblem);
        String zip = errors.required("address.postalCode", a == null ? null : a.postalCode());
        errors.check("address.postalCode", zip, UsAddresses::zipProblem);
        errors.throwIfAny();
        b.providerName = name;
        b.phoneE164 = phone.e164();
        b.phoneDisplay = phone.national();
        b.npi = npi;
        b.npiType = in.npiType();
        if (taxId != null) {
            b.taxIdType = in.taxIdType();
            b.taxIdCipher = cipher.encrypt(taxId, b.taxIdContext());
            String digits = TaxId.digits(taxId);
            b.taxIdLast4 = digits.substring(digits.length() - 4);
        }
        b.otherId = Text.trimToNull(in.otherId());
        b.otherIdQualifier = Text.trimToNull(in.otherIdQualifier());
        b.street = street;
        b.street2 = street2;
        b.city = city;
        b.state = state.toUpperCase(Locale.ROOT);
        b.postalCode = zip;
        b.country = "US";
        b.updated(me.loginId(), now);
    }
}
