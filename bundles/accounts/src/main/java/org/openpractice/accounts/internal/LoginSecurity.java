package org.openpractice.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.accounts.LoginSecurityService;
import org.openpractice.accounts.RecoveryCodes;
import org.openpractice.accounts.TwoFactorEnrolment;
import org.openpractice.accounts.TwoFactorStatus;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.crypto.FieldCipher;
import org.openpractice.platform.mail.MailException;
import org.openpractice.platform.mail.SystemMailer;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.PasswordHasher;
import org.openpractice.platform.security.PasswordPolicy;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.SignInThrottle;
import org.openpractice.platform.security.Tokens;
import org.openpractice.platform.security.Totp;
import org.openpractice.platform.validation.Emails;
import org.openpractice.platform.validation.Errors;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Password change and reset, and two-factor enrolment, for the acting login. */
@Component(service = {LoginSecurityService.class, LoginSecurity.class}, configurationPid = "org.openpractice.accounts",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class LoginSecurity implements LoginSecurityService {
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** Reset links mailed to one login per hour at most; more requests are answered alike but send nothing. */
    static final int RESETS_PER_HOUR = 3;

    private final Logger logger = LoggerFactory.getLogger(LoginSecurity.class);
    private final Transactions tx;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final SystemMailer mailer;
    private final TwoFactor twoFactor;
    private final Clock clock;
    private final String publicUrl;

    @Activate
    public LoginSecurity(@Reference Accounts accounts,
            @Reference(target = "(osgi.unit.name=openpractice-accounts)") JpaTemplate jpa,
            @Reference PasswordHasher hasher, @Reference SignInThrottle throttle, @Reference SystemMailer mailer,
            @Reference FieldCipher cipher, @Reference ConfigurationAdmin configurations, AccountsConfig config) {
        // The Accounts reference guarantees the schema is migrated before this component runs.
        this(Transactions.of(jpa), hasher, throttle, mailer, cipher, Clock.systemUTC(),
                PublicAddress.of(config.publicUrl(), configurations));
    }

    LoginSecurity(Transactions tx, PasswordHasher hasher, SignInThrottle throttle, SystemMailer mailer,
            FieldCipher cipher, Clock clock, String publicUrl) {
        this.tx = tx;
        this.hasher = hasher;
        this.throttle = throttle;
        this.mailer = mailer;
        this.twoFactor = new TwoFactor(cipher);
        this.clock = clock;
        this.publicUrl = PublicAddress.of(publicUrl, () -> "8181");
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        CurrentMember me = RequestContext.require();
        Errors errors = new Errors();
        errors.required("currentPassword", currentPassword);
        errors.required("newPassword", newPassword);
        errors.throwIfAny();
        refuseWhileThrottled(me.email());
        String hash = tx.inTransaction(em -> em.find(LoginEntity.class, me.loginId()).passwordHash);
        if (!hasher.verify(currentPassword.toCharArray(), hash)) {
            throttle.failed(me.email(), null);
            throw ValidationException.of("currentPassword", "is not your current password");
        }
        String problem = PasswordPolicy.problem(newPassword, me.email());
        if (problem == null && newPassword.equals(currentPassword)) {
            problem = "must differ from the current password";
        }
        if (problem != null) {
            throw ValidationException.of("newPassword", problem);
        }
        String newHash = hasher.hash(newPassword.toCharArray());
        Instant now = clock.instant();
        int ended = tx.inTransaction(em -> {
            LoginEntity login = em.find(LoginEntity.class, me.loginId());
            setPassword(login, newHash, now);
            int others = em.createQuery("UPDATE SessionEntity s SET s.revoked = TRUE WHERE s.loginId = :l"
                    + " AND s.id <> :current AND s.revoked = FALSE").setParameter("l", login.id)
                    .setParameter("current", me.sessionId()).executeUpdate();
            Audit.record(em, "login.password_changed", "login", login.id, "other sessions ended: " + others);
            return others;
        });
        throttle.succeeded(me.email(), null);
        notify(me.email(), "Your OpenPractice password was changed", "Your OpenPractice password was changed on "
                + now + (ended > 0 ? " and you were signed out everywhere else" : "") + ".\n\nIf this was not you,"
                + " reset your password now at " + publicUrl + "/forgot-password and tell your practice director.\n");
    }

    @Override
    public void requestPasswordReset(String email, String clientAddress) {
        Errors errors = new Errors();
        String given = errors.required("email", email);
        errors.check("email", given, Emails::problem);
        errors.throwIfAny();
        String normalised = Emails.normalise(given);
        Instant now = clock.instant();
        String token = Tokens.newToken();
        Optional<String> mailTo = tx.inTransaction(em -> Sessions.loginByEmail(em, normalised).flatMap(login -> {
            long recent = em.createQuery("SELECT COUNT(r) FROM PasswordResetEntity r WHERE r.loginId = :l"
                    + " AND r.createdAt > :since", Long.class).setParameter("l", login.id)
                    .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
            if (recent >= RESETS_PER_HOUR) {
                return Optional.<String>empty();
            }
            PasswordResetEntity reset = new PasswordResetEntity();
            reset.id = Ids.newId();
            reset.loginId = login.id;
            reset.tokenHash = Tokens.hash(token);
            reset.createdAt = now;
            reset.expiresAt = now.plus(RESET_VALIDITY);
            em.persist(reset);
            Audit.record(em, null, login.id, "login.password_reset_requested", "login", login.id, null);
            return Optional.of(login.email);
        }));
        mailTo.ifPresent(to -> notify(to, "Reset your OpenPractice password",
                "Someone (hopefully you) asked to reset the password of this OpenPractice login.\n\n"
                        + "Choose a new password here; the link works once and expires in one hour:\n" + publicUrl
                        + "/reset-password/" + token + "\n\nIf you did not ask, ignore this e-mail; your password"
                        + " stays as it is.\n"));
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        Errors errors = new Errors();
        errors.required("token", token);
        errors.required("password", newPassword);
        errors.throwIfAny();
        Instant now = clock.instant();
        String email = tx.inTransaction(em -> {
            PasswordResetEntity reset = liveReset(em, token, now);
            return em.find(LoginEntity.class, reset.loginId).email;
        });
        String problem = PasswordPolicy.problem(newPassword, email);
        if (problem != null) {
            throw ValidationException.of("password", problem);
        }
        String newHash = hasher.hash(newPassword.toCharArray());
        tx.inTransaction(em -> {
            PasswordResetEntity reset = liveReset(em, token, now);
            LoginEntity login = em.find(LoginEntity.class, reset.loginId);
            setPassword(login, newHash, now);
            em.createQuery("UPDATE PasswordResetEntity r SET r.usedAt = :now WHERE r.loginId = :l"
                    + " AND r.usedAt IS NULL").setParameter("now", now).setParameter("l", login.id).executeUpdate();
            em.createQuery("UPDATE SessionEntity s SET s.revoked = TRUE WHERE s.loginId = :l AND s.revoked = FALSE")
                    .setParameter("l", login.id).executeUpdate();
            Audit.record(em, null, login.id, "login.password_reset", "login", login.id, null);
            return null;
        });
        throttle.succeeded(email, null);
        notify(email, "Your OpenPractice password was reset", "The password of this OpenPractice login was reset on "
                + now + " and every session was signed out.\n\nIf this was not you, tell your practice director.\n");
    }

    private static PasswordResetEntity liveReset(EntityManager em, String token, Instant now) {
        return em.createQuery("SELECT r FROM PasswordResetEntity r WHERE r.tokenHash = :h", PasswordResetEntity.class)
                .setParameter("h", Tokens.hash(token)).getResultList().stream()
                .filter(r -> r.usedAt == null && r.expiresAt.isAfter(now)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "reset_link_invalid",
                        "This password reset link is not valid any more (it works once, for one hour);"
                                + " ask for a new one"));
    }

    private static void setPassword(LoginEntity login, String hash, Instant now) {
        login.passwordHash = hash;
        login.passwordChangedAt = now;
        login.updatedAt = now;
    }

    @Override
    public TwoFactorStatus twoFactorStatus() {
        CurrentMember me = RequestContext.require();
        return tx.inTransaction(em -> {
            LoginEntity login = em.find(LoginEntity.class, me.loginId());
            boolean required = em.find(AccountEntity.class, me.accountId()).requireTwoFactor;
            return new TwoFactorStatus(login.totpSecret != null, required,
                    login.totpSecret == null ? 0 : TwoFactor.recoveryCodesLeft(em, login.id), login.totpEnabledAt);
        });
    }

    @Override
    public TwoFactorEnrolment startTwoFactor() {
        CurrentMember me = RequestContext.require();
        String secret = Totp.newSecret();
        tx.inTransaction(em -> {
            LoginEntity login = em.find(LoginEntity.class, me.loginId());
            if (login.totpSecret != null) {
                throw DomainException.conflict("two_factor_enabled",
                        "Two-factor authentication is already on; turn it off first to enrol another device");
            }
            login.totpPendingSecret = twoFactor.seal(login, secret);
            Audit.record(em, "login.two_factor_enrolment_started", "login", login.id, null);
            return null;
        });
        String uri = Totp.uri(TwoFactor.ISSUER, me.email(), secret);
        return new TwoFactorEnrolment(secret, uri, TwoFactor.qrCode(uri));
    }

    @Override
    public RecoveryCodes confirmTwoFactor(String code) {
        List<String> codes = withCode(code, (em, login, now) -> {
            if (login.totpSecret != null) {
                throw DomainException.conflict("two_factor_enabled", "Two-factor authentication is already on");
            }
            if (login.totpPendingSecret == null) {
                throw DomainException.conflict("no_enrolment", "Start the set-up first: a new secret is needed");
            }
            OptionalLong step = twoFactor.verifyPending(login, code, now);
            step.ifPresent(s -> login.totpLastStep = s);
            return step.isPresent();
        }, (em, login, now) -> {
            login.totpSecret = login.totpPendingSecret;
            login.totpPendingSecret = null;
            login.totpEnabledAt = now;
            login.updatedAt = now;
            Audit.record(em, "login.two_factor_enabled", "login", login.id, null);
            return twoFactor.newRecoveryCodes(em, login.id, now);
        });
        notify(RequestContext.require().email(), "Two-factor authentication is on", "Two-factor authentication was"
                + " turned on for your OpenPractice login. Signing in now asks for a code from your authenticator"
                + " app.\n\nIf this was not you, tell your practice director.\n");
        return new RecoveryCodes(codes);
    }

    @Override
    public void disableTwoFactor(String code) {
        withCode(code, (em, login, now) -> {
            requireEnabled(login);
            long requiring = em.createQuery("SELECT COUNT(m) FROM MembershipEntity m, AccountEntity a"
                    + " WHERE m.loginId = :l AND m.active = TRUE AND a.id = m.accountId AND a.requireTwoFactor = TRUE",
                    Long.class).setParameter("l", login.id).getSingleResult();
            if (requiring > 0) {
                throw DomainException.conflict("two_factor_required", "An account you belong to requires two-factor"
                        + " authentication, so it cannot be turned off");
            }
            return twoFactor.accept(em, login, code, now);
        }, (em, login, now) -> {
            TwoFactor.forget(em, login);
            login.updatedAt = now;
            Audit.record(em, "login.two_factor_disabled", "login", login.id, null);
            return Boolean.TRUE;
        });
        notify(RequestContext.require().email(), "Two-factor authentication is off", "Two-factor authentication was"
                + " turned off for your OpenPractice login.\n\nIf this was not you, change your password now.\n");
    }

    @Override
    public RecoveryCodes newRecoveryCodes(String code) {
        return new RecoveryCodes(withCode(code, (em, login, now) -> {
            requireEnabled(login);
            return twoFactor.accept(em, login, code, now);
        }, (em, login, now) -> {
            Audit.record(em, "login.recovery_codes_replaced", "login", login.id, null);
            return twoFactor.newRecoveryCodes(em, login.id, now);
        }));
    }

    /** A step of work on the acting login inside one transaction. */
    @FunctionalInterface
    private interface LoginWork<T> {
        T apply(EntityManager em, LoginEntity login, Instant now);
    }

    /**
     * Runs {@code then} on the acting login once {@code check} accepted {@code code}, in the same transaction; a
     * refused code counts as a failed attempt of the login (throttled like passwords) and changes nothing.
     */
    private <T> T withCode(String code, LoginWork<Boolean> check, LoginWork<T> then) {
        CurrentMember me = RequestContext.require();
        if (code == null || code.isBlank()) {
            throw ValidationException.of("code", "is required");
        }
        refuseWhileThrottled(me.email());
        Instant now = clock.instant();
        Optional<T> done = tx.inTransaction(em -> {
            LoginEntity login = em.find(LoginEntity.class, me.loginId());
            return check.apply(em, login, now) ? Optional.of(then.apply(em, login, now)) : Optional.<T>empty();
        });
        if (done.isEmpty()) {
            throttle.failed(me.email(), null);
            throw ValidationException.of("code", "is not a current code from your app or an unused recovery code");
        }
        throttle.succeeded(me.email(), null);
        return done.get();
    }

    private static void requireEnabled(LoginEntity login) {
        if (login.totpSecret == null) {
            throw DomainException.conflict("two_factor_off", "Two-factor authentication is not on");
        }
    }

    private void refuseWhileThrottled(String email) {
        throttle.blockedFor(email, null).ifPresent(wait -> {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "too_many_attempts",
                    "Too many wrong attempts; try again in " + Math.max(1, wait.toSeconds()) + " seconds");
        });
    }

    /** Security notices go out after the change is stored; a mail failure is logged, never undoes the change. */
    private void notify(String to, String subject, String body) {
        try {
            mailer.send(to, subject, body);
        } catch (MailException | IllegalStateException e) {
            logger.warn("A security notice could not be mailed: {}", e.getClass().getName());
        }
    }
}
