package org.openpractice.accounts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.accounts.AccountSettingsService;
import org.openpractice.accounts.GeneralSettings;
import org.openpractice.accounts.LegalStatus;
import org.openpractice.accounts.SecuritySettings;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.validation.Errors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Account settings: general, security policy, and the Business Associate Agreement of US accounts. */
@Component(service = {AccountSettingsService.class, AccountSettings.class})
public class AccountSettings implements AccountSettingsService {
    /** The agreement version members sign now; a new text gets a new version. */
    static final String BAA_VERSION = "2026.1";
    private static final String BAA_RESOURCE = "baa-" + BAA_VERSION + ".txt";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final Transactions tx;
    private final Clock clock;
    private final String agreement;
    private final String agreementSha256;

    @Activate
    public AccountSettings(@Reference Accounts accounts,
            @Reference(target = "(osgi.unit.name=openpractice-accounts)") JpaTemplate jpa) {
        // The Accounts reference guarantees the schema is migrated before this component runs.
        this(Transactions.of(jpa), Clock.systemUTC());
    }

    AccountSettings(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
        this.agreement = readAgreement();
        this.agreementSha256 = sha256(agreement);
    }

    @Override
    public GeneralSettings general() {
        CurrentMember me = settingsMember();
        return tx.inTransaction(em -> toGeneral(em.find(AccountEntity.class, me.accountId())));
    }

    @Override
    public GeneralSettings updateGeneral(GeneralSettings in) {
        CurrentMember me = settingsMember();
        Errors errors = new Errors();
        String name = errors.required("practiceName", in.practiceName());
        errors.maxLength("practiceName", name, 200);
        String country = errors.required("country", in.country());
        errors.check("country", country, c -> COUNTRIES.contains(c.toUpperCase(Locale.ROOT)) ? null
                : "must be an ISO 3166 country code such as US");
        String zone = errors.required("timeZone", in.timeZone());
        errors.check("timeZone", zone, Accounts::zoneProblem);
        String currency = errors.required("currency", in.currency());
        errors.check("currency", currency, AccountSettings::currencyProblem);
        String profession = errors.maxLength("profession", in.profession(), 100);
        errors.throwIfAny();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            AccountEntity a = em.find(AccountEntity.class, me.accountId());
            a.name = name;
            a.country = country.toUpperCase(Locale.ROOT);
            a.timeZone = zone;
            a.currency = currency.toUpperCase(Locale.ROOT);
            a.profession = profession;
            a.updated(me.loginId(), now);
            em.flush();
            Audit.record(em, "account.general_changed", "account", a.id, null);
            return toGeneral(a);
        });
    }

    @Override
    public SecuritySettings security() {
        CurrentMember me = settingsMember();
        return tx.inTransaction(em -> new SecuritySettings(em.find(AccountEntity.class, me.accountId())
                .requireTwoFactor));
    }

    @Override
    public SecuritySettings updateSecurity(SecuritySettings in) {
        CurrentMember me = settingsMember();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            AccountEntity a = em.find(AccountEntity.class, me.accountId());
            if (in.requireTwoFactor() && !a.requireTwoFactor
                    && em.find(LoginEntity.class, me.loginId()).totpSecret == null) {
                // Requiring it without having it would hold the member who asked on the set-up page at once.
                throw ValidationException.of("requireTwoFactor", "Set up two-factor authentication for yourself"
                        + " first (Sign-in & security), then require it of everyone");
            }
            if (a.requireTwoFactor != in.requireTwoFactor()) {
                a.requireTwoFactor = in.requireTwoFactor();
                a.updated(me.loginId(), now);
                em.flush();
                Audit.record(em, "account.two_factor_policy_changed", "account", a.id,
                        in.requireTwoFactor() ? "required" : "optional");
            }
            return new SecuritySettings(a.requireTwoFactor);
        });
    }

    @Override
    public LegalStatus legal() {
        CurrentMember me = settingsMember();
        return tx.inTransaction(em -> legal(em, em.find(AccountEntity.class, me.accountId())));
    }

    @Override
    public LegalStatus signAgreement(String signerTitle) {
        CurrentMember me = settingsMember();
        Errors errors = new Errors();
        String title = errors.maxLength("signerTitle", signerTitle, 200);
        errors.throwIfAny();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            AccountEntity a = em.find(AccountEntity.class, me.accountId());
            if (!"US".equals(a.country)) {
                throw DomainException.conflict("not_applicable",
                        "The Business Associate Agreement applies to US accounts only");
            }
            em.createNativeQuery("LOCK TABLE op_baa_signature IN EXCLUSIVE MODE").executeUpdate();
            if (signature(em, a.id) != null) {
                throw DomainException.conflict("already_signed", "The agreement is already signed");
            }
            BaaSignatureEntity s = new BaaSignatureEntity();
            s.id = Ids.newId();
            s.accountId = a.id;
            s.agreementVersion = BAA_VERSION;
            s.agreementSha256 = agreementSha256;
            s.signerLoginId = me.loginId();
            s.signerName = me.displayName();
            s.signerEmail = em.find(LoginEntity.class, me.loginId()).email;
            s.signerTitle = title;
            s.signedAt = now;
            em.persist(s);
            em.flush();
            Audit.record(em, "account.baa_signed", "baa_signature", s.id, BAA_VERSION);
            return legal(em, a);
        });
    }

    private LegalStatus legal(EntityManager em, AccountEntity a) {
        boolean applicable = "US".equals(a.country);
        BaaSignatureEntity s = signature(em, a.id);
        LegalStatus.Signature signature = null;
        if (s != null) {
            signature = new LegalStatus.Signature(s.signerName, s.signerTitle, s.signerEmail, s.agreementVersion,
                    s.agreementSha256, s.signedAt);
        }
        return new LegalStatus(applicable, BAA_VERSION, applicable ? agreement : null, signature);
    }

    private static BaaSignatureEntity signature(EntityManager em, String accountId) {
        return em.createQuery("SELECT s FROM BaaSignatureEntity s WHERE s.accountId = :a AND s.agreementVersion = :v",
                BaaSignatureEntity.class).setParameter("a", accountId).setParameter("v", BAA_VERSION)
                .getResultList().stream().findFirst().orElse(null);
    }

    private static CurrentMember settingsMember() {
        return RequestContext.requireRole(Role.DIRECTOR, Role.ADMINISTRATIVE);
    }

    private static GeneralSettings toGeneral(AccountEntity a) {
        return new GeneralSettings(a.name, a.country, a.timeZone, a.currency, a.profession);
    }

    static String currencyProblem(String code) {
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return null;
        } catch (IllegalArgumentException e) {
            return "must be an ISO 4217 currency code such as USD";
        }
    }

    private static String readAgreement() {
        try (InputStream in = AccountSettings.class.getResourceAsStream(BAA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing agreement text " + BAA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
