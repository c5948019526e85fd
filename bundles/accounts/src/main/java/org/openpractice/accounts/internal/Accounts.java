package org.openpractice.accounts.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;

import org.openpractice.accounts.AccountListener;
import org.openpractice.accounts.AccountService;
import org.openpractice.accounts.AccountSummary;
import org.openpractice.accounts.CatalogScope;
import org.openpractice.accounts.FirstRun;
import org.openpractice.accounts.MemberDirectory;
import org.openpractice.accounts.NewAccount;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.crypto.FieldCipher;
import org.openpractice.platform.module.ModuleDescriptor;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.PasswordHasher;
import org.openpractice.platform.security.PasswordPolicy;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.security.SessionResolver;
import org.openpractice.platform.security.SignInThrottle;
import org.openpractice.platform.security.Tokens;
import org.openpractice.platform.validation.Emails;
import org.openpractice.platform.validation.Errors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts area's rules: first run, sign-in, sessions, switching and new accounts. Its services exist only once
 * its tables are migrated.
 */
@Component(service = {AccountService.class, SessionResolver.class, ModuleDescriptor.class, CatalogScope.class,
    MemberDirectory.class, Accounts.class})
public class Accounts implements AccountService, SessionResolver, ModuleDescriptor, CatalogScope, MemberDirectory {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Logger logger = LoggerFactory.getLogger(Accounts.class);
    /**
     * Areas that follow account events. Held as service objects and taken only when an event happens: a listener
     * (profiles) itself needs this component, so getting it while this one activates would be circular.
     */
    private final List<ComponentServiceObjects<AccountListener>> listeners = new CopyOnWriteArrayList<>();
    private final Transactions tx;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final TwoFactor twoFactor;
    private final Clock clock;
    /** Verified against when the e-mail is unknown, so both paths cost the same time. */
    private final String decoyHash;

    @Activate
    public Accounts(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-accounts)") JpaTemplate jpa,
            @Reference PasswordHasher hasher, @Reference SignInThrottle throttle, @Reference FieldCipher cipher) {
        this(Transactions.forArea(migrations, context.getBundle(), "accounts", jpa), hasher, throttle, cipher,
                Clock.systemUTC());
    }

    Accounts(Transactions tx, PasswordHasher hasher, SignInThrottle throttle, FieldCipher cipher, Clock clock) {
        this.tx = tx;
        this.hasher = hasher;
        this.throttle = throttle;
        this.twoFactor = new TwoFactor(cipher);
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-password-never-valid".toCharArray());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(ComponentServiceObjects<AccountListener> listener) {
        listeners.add(listener);
    }

    void removeListener(ComponentServiceObjects<AccountListener> listener) {
        listeners.remove(listener);
    }

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String name() {
        return "Accounts";
    }

    @Override
    public boolean firstRunPending() {
        return tx.inTransaction(em -> em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class)
                .getSingleResult() == 0);
    }

    @Override
    public SignedIn completeFirstRun(FirstRun request, String clientAddress) {
        Errors errors = new Errors();
        String practice = errors.required("practiceName", request.practiceName());
        errors.maxLength("practiceName", practice, 200);
        String first = errors.required("firstName", request.firstName());
        errors.maxLength("firstName", first, 100);
        String last = errors.required("lastName", request.lastName());
        errors.maxLength("lastName", last, 100);
        String email = errors.required("email", request.email());
        errors.check("email", email, Emails::problem);
        errors.check("password", request.password() == null ? "" : request.password(),
                p -> PasswordPolicy.problem(p, email));
        String country = request.country() == null || request.country().isBlank() ? "US"
                : request.country().strip().toUpperCase(Locale.ROOT);
        errors.check("country", country, c -> COUNTRIES.contains(c) ? null : "must be an ISO 3166 country code");
        String zone = request.timeZone() == null || request.timeZone().isBlank() ? "America/New_York"
                : request.timeZone().strip();
        errors.check("timeZone", zone, Accounts::zoneProblem);
        errors.throwIfAny();
        String hash = hasher.hash(request.password().toCharArray());
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            // Serialise concurrent first runs on the account table, then check that it is still empty.
            em.createNativeQuery("LOCK TABLE op_account IN EXCLUSIVE MODE").executeUpdate();
            long accounts = em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult();
            if (accounts > 0) {
                throw DomainException.conflict("already_set_up", "This installation is already set up; sign in");
            }
            LoginEntity login = new LoginEntity();
            login.id = Ids.newId();
            login.email = Emails.normalise(email);
            login.passwordHash = hash;
            login.createdAt = now;
            login.updatedAt = now;
            em.persist(login);
            em.flush();
            AccountEntity account = newAccount(em, practice, null, country, zone, login.id, now);
            MembershipEntity member = Sessions.newMember(em, account.id, login.id, Role.DIRECTOR, first + " " + last,
                    login.id, now);
            login.lastAccountId = account.id;
            Audit.record(em, account.id, login.id, "account.first_run", "account", account.id, null);
            return Sessions.open(em, login, account, member, now);
        });
    }

    @Override
    public SignedIn signIn(String email, String password, String accountId, String clientAddress) {
        return signIn(email, password, null, accountId, clientAddress);
    }

    @Override
    public SignedIn signIn(String email, String password, String code, String accountId, String clientAddress) {
        Errors errors = new Errors();
        errors.required("email", email);
        errors.required("password", password);
        errors.throwIfAny();
        String normalised = Emails.normalise(email);
        String loginId = verify(normalised, password, code, clientAddress);
        Instant now = clock.instant();
        return tx.inTransaction(em -> open(em, em.find(LoginEntity.class, loginId), accountId, now));
    }

    /**
     * Checks a login's password and, when it has two-factor authentication on, its code: throttled per e-mail and
     * address, with the same answer whether or not the e-mail is registered. Answers the login's id; fails with
     * {@code bad_credentials}, {@code two_factor_required}, {@code bad_two_factor_code} or {@code too_many_attempts}.
     */
    String verify(String normalisedEmail, String password, String code, String clientAddress) {
        Optional<Duration> wait = throttle.blockedFor(normalisedEmail, clientAddress);
        if (wait.isPresent()) {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "too_many_attempts",
                    "Too many failed sign-ins; try again in " + Math.max(1, wait.get().toSeconds()) + " seconds");
        }
        Optional<LoginEntity> login = tx.inTransaction(em -> Sessions.loginByEmail(em, normalisedEmail));
        boolean ok = hasher.verify(password.toCharArray(), login.map(l -> l.passwordHash).orElse(decoyHash))
                && login.isPresent();
        if (!ok) {
            throttle.failed(normalisedEmail, clientAddress);
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, BAD_CREDENTIALS,
                    "The e-mail or password is not right");
        }
        Instant now = clock.instant();
        try {
            tx.inTransaction(em -> {
                checkSecondFactor(em, em.find(LoginEntity.class, login.get().id), code, now);
                return null;
            });
        } catch (DomainException e) {
            if (BAD_CODE.equals(e.code())) {
                throttle.failed(normalisedEmail, clientAddress);
            }
            throw e;
        }
        throttle.succeeded(normalisedEmail, clientAddress);
        return login.get().id;
    }

    static final String BAD_CREDENTIALS = "bad_credentials";
    static final String BAD_CODE = "bad_two_factor_code";

    /** With two-factor authentication on, the password alone is not enough: a code must come with it. */
    private void checkSecondFactor(EntityManager em, LoginEntity login, String code, Instant now) {
        if (login.totpSecret == null) {
            return;
        }
        if (code == null || code.isBlank()) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "two_factor_required",
                    "Enter the 6-digit code from your authenticator app, or a recovery code");
        }
        if (!twoFactor.accept(em, login, code, now)) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, BAD_CODE,
                    "That code is not right, or was already used; wait for the next one");
        }
    }

    private SignedIn open(EntityManager em, LoginEntity l, String accountId, Instant now) {
        MembershipEntity member = chooseMembership(em, l, accountId);
        AccountEntity account = em.find(AccountEntity.class, member.accountId);
        l.lastAccountId = account.id;
        Audit.record(em, account.id, l.id, "login.signed_in", "login", l.id, null);
        return Sessions.open(em, l, account, member, now);
    }

    private MembershipEntity chooseMembership(EntityManager em, LoginEntity login, String accountId) {
        List<MembershipEntity> active = em.createQuery("SELECT m FROM MembershipEntity m WHERE m.loginId = :login"
                + " AND m.active = TRUE ORDER BY m.createdAt", MembershipEntity.class)
                .setParameter("login", login.id).getResultList();
        if (active.isEmpty()) {
            throw DomainException.forbidden("Your membership of every account has been deactivated");
        }
        String wanted = accountId != null ? accountId : login.lastAccountId;
        for (MembershipEntity m : active) {
            if (m.accountId.equals(wanted)) {
                return m;
            }
        }
        if (accountId != null) {
            throw DomainException.notFound("Account");
        }
        return active.get(0);
    }

    @Override
    public void signOut(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        tx.inTransaction(em -> {
            List<SessionEntity> sessions = em.createQuery("SELECT s FROM SessionEntity s WHERE s.tokenHash = :h",
                    SessionEntity.class).setParameter("h", Tokens.hash(token)).getResultList();
            for (SessionEntity s : sessions) {
                s.revoked = true;
                Audit.record(em, s.accountId, s.loginId, "login.signed_out", "session", s.id, null);
            }
            return null;
        });
    }

    @Override
    public SignedIn switchAccount(String token, String accountId) {
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            SessionEntity session = Sessions.live(em, token, now)
                    .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED, "unauthenticated",
                            "Sign in first"));
            MembershipEntity member = Sessions.activeMembership(em, session.loginId, accountId)
                    .orElseThrow(() -> DomainException.notFound("Account"));
            session.accountId = accountId;
            LoginEntity login = em.find(LoginEntity.class, session.loginId);
            login.lastAccountId = accountId;
            AccountEntity account = em.find(AccountEntity.class, accountId);
            Audit.record(em, accountId, login.id, "login.switched_account", "session", session.id, null);
            return new SignedIn(token, Sessions.member(session, login, account, member));
        });
    }

    @Override
    public List<AccountSummary> myAccounts() {
        CurrentMember me = RequestContext.require();
        return tx.inTransaction(em -> em.createQuery("SELECT m FROM MembershipEntity m WHERE m.loginId = :login"
                + " AND m.active = TRUE ORDER BY m.createdAt", MembershipEntity.class)
                .setParameter("login", me.loginId()).getResultList().stream()
                .map(m -> {
                    AccountEntity a = em.find(AccountEntity.class, m.accountId);
                    return new AccountSummary(a.id, a.name, a.parentId, a.payerAccountId, m.role.name(),
                            a.id.equals(me.accountId()));
                }).toList());
    }

    @Override
    public AccountSummary createAccount(NewAccount request) {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR);
        Errors errors = new Errors();
        String name = errors.required("name", request.name());
        errors.maxLength("name", name, 200);
        errors.throwIfAny();
        Instant now = clock.instant();
        Map<String, String> copied = new LinkedHashMap<>();
        AccountSummary created = tx.inTransaction(em -> {
            AccountEntity current = em.find(AccountEntity.class, me.accountId());
            AccountEntity account = newAccount(em, name, request.child() ? current.id : null, current.country,
                    current.timeZone, me.loginId(), now);
            account.currency = current.currency;
            account.profession = current.profession;
            // A child's subscription is paid by its parent; an independent account pays its own.
            account.payerAccountId = request.child() ? current.id : account.id;
            MembershipEntity self = Sessions.newMember(em, account.id, me.loginId(), Role.DIRECTOR,
                    me.displayName(), me.loginId(), now);
            copied.put(me.memberId(), self.id);
            if (request.copyMembers()) {
                for (MembershipEntity m : em.createQuery("SELECT m FROM MembershipEntity m WHERE m.accountId = :a"
                        + " AND m.active = TRUE AND m.loginId <> :me ORDER BY m.createdAt", MembershipEntity.class)
                        .setParameter("a", current.id).setParameter("me", me.loginId()).getResultList()) {
                    MembershipEntity copy = Sessions.newMember(em, account.id, m.loginId, m.role, m.displayName,
                            me.loginId(), now);
                    copy.permissions(m.permissions());
                    copied.put(m.id, copy.id);
                }
            }
            em.flush();
            Audit.record(em, account.id, me.loginId(), "account.created", "account", account.id,
                    (request.child() ? "child of " + current.id : "independent") + ", members " + copied.size());
            return new AccountSummary(account.id, account.name, account.parentId, account.payerAccountId,
                    Role.DIRECTOR.name(), false);
        });
        for (ComponentServiceObjects<AccountListener> objects : listeners) {
            AccountListener listener = objects.getService();
            try {
                listener.membersCopied(me.accountId(), created.id(), Map.copyOf(copied));
            } catch (RuntimeException e) {
                logger.warn("An account listener failed after account {} was created: {}", created.id(),
                        e.getClass().getName());
            } finally {
                objects.ungetService(listener);
            }
        }
        return created;
    }

    @Override
    public Optional<MemberRef> member(String accountId, String memberId) {
        if (!Ids.looksValid(accountId) || !Ids.looksValid(memberId)) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> Optional.ofNullable(em.find(MembershipEntity.class, memberId))
                .filter(m -> m.accountId.equals(accountId)).map(Accounts::ref));
    }

    @Override
    public List<MemberRef> activeMembers(String accountId) {
        return tx.inTransaction(em -> em.createQuery("SELECT m FROM MembershipEntity m WHERE m.accountId = :a"
                + " AND m.active = TRUE ORDER BY m.displayName", MembershipEntity.class).setParameter("a", accountId)
                .getResultList().stream().map(Accounts::ref).toList());
    }

    @Override
    public Optional<AccountRef> account(String accountId) {
        if (!Ids.looksValid(accountId)) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> Optional.ofNullable(em.find(AccountEntity.class, accountId))
                .map(a -> new AccountRef(a.id, a.name, a.country, a.timeZone, a.currency)));
    }

    private static MemberRef ref(MembershipEntity m) {
        return new MemberRef(m.id, m.accountId, m.displayName, m.role.name(), m.active);
    }

    @Override
    public String catalogOwner(String accountId) {
        return tx.inTransaction(em -> {
            AccountEntity account = em.find(AccountEntity.class, accountId);
            for (int depth = 0; account != null && account.parentId != null && depth < 16; depth++) {
                account = em.find(AccountEntity.class, account.parentId);
            }
            if (account == null) {
                throw DomainException.notFound("Account");
            }
            return account.id;
        });
    }

    /** The account with this id if the acting login is an active member of it; otherwise not found. */
    public AccountSummary myAccount(String id) {
        CurrentMember me = RequestContext.require();
        return tx.inTransaction(em -> {
            MembershipEntity m = Sessions.activeMembership(em, me.loginId(), id)
                    .orElseThrow(() -> DomainException.notFound("Account"));
            AccountEntity a = em.find(AccountEntity.class, id);
            return new AccountSummary(a.id, a.name, a.parentId, a.payerAccountId, m.role.name(),
                    a.id.equals(me.accountId()));
        });
    }

    @Override
    public Optional<CurrentMember> resolve(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tx.inTransaction(em -> Sessions.live(em, token, now).flatMap(session -> {
            Optional<MembershipEntity> member = Sessions.activeMembership(em, session.loginId, session.accountId);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
                session.lastSeenAt = now;
            }
            LoginEntity login = em.find(LoginEntity.class, session.loginId);
            AccountEntity account = em.find(AccountEntity.class, session.accountId);
            return Optional.of(Sessions.member(session, login, account, member.get()));
        }));
    }

    private static AccountEntity newAccount(EntityManager em, String name, String parentId, String country,
            String zone, String by, Instant now) {
        AccountEntity account = new AccountEntity();
        account.created(by, now);
        account.name = name;
        account.parentId = parentId;
        account.country = country;
        account.timeZone = zone;
        account.currency = currencyOf(country);
        account.payerAccountId = account.id;
        em.persist(account);
        em.flush();
        return account;
    }

    static String currencyOf(String country) {
        try {
            Currency c = Currency.getInstance(new Locale("", country));
            return c == null ? "USD" : c.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "USD";
        }
    }

    static String zoneProblem(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC") ? null : "must be an IANA time zone such as America/Chicago";
        } catch (DateTimeException e) {
            return "must be an IANA time zone such as America/Chicago";
        }
    }
}
