package org.openpractice.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.accounts.Acceptance;
import org.openpractice.accounts.Invitation;
import org.openpractice.accounts.InvitationPreview;
import org.openpractice.accounts.Member;
import org.openpractice.accounts.MemberChange;
import org.openpractice.accounts.MemberService;
import org.openpractice.accounts.NewInvitation;
import org.openpractice.accounts.Permissions;
import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.mail.SystemMailer;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.PasswordHasher;
import org.openpractice.platform.security.PasswordPolicy;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.platform.security.Tokens;
import org.openpractice.platform.validation.Emails;
import org.openpractice.platform.validation.Errors;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Members of the active account, their roles and permissions, and invitations; directors only. */
@Component(service = {MemberService.class, Members.class}, configurationPid = "org.openpractice.accounts",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AccountsConfig.class)
public class Members implements MemberService {
    private final Accounts accounts;
    private final Transactions tx;
    private final PasswordHasher hasher;
    private final SystemMailer mailer;
    private final Clock clock;
    private final String publicUrl;
    private final Duration invitationValidity;

    @Activate
    public Members(@Reference Accounts accounts,
            @Reference(target = "(osgi.unit.name=openpractice-accounts)") JpaTemplate jpa,
            @Reference PasswordHasher hasher, @Reference SystemMailer mailer,
            @Reference ConfigurationAdmin configurations, AccountsConfig config) {
        // The Accounts reference guarantees the schema is migrated before this component runs.
        this(accounts, Transactions.of(jpa), hasher, mailer, Clock.systemUTC(),
                PublicAddress.of(config.publicUrl(), configurations), config.invitationDays());
    }

    Members(Accounts accounts, Transactions tx, PasswordHasher hasher, SystemMailer mailer, Clock clock,
            String publicUrl, int invitationDays) {
        this.accounts = accounts;
        this.tx = tx;
        this.hasher = hasher;
        this.mailer = mailer;
        this.clock = clock;
        this.publicUrl = PublicAddress.of(publicUrl, () -> "8181");
        this.invitationValidity = Duration.ofDays(invitationDays);
    }

    @Override
    public List<Member> members() {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR);
        return tx.inTransaction(em -> em.createQuery("SELECT m FROM MembershipEntity m WHERE m.accountId = :a"
                + " ORDER BY m.displayName", MembershipEntity.class).setParameter("a", me.accountId())
                .getResultList().stream().map(m -> toDto(em, m)).toList());
    }

    @Override
    public Member member(String id) {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR);
        return tx.inTransaction(em -> toDto(em, find(em, me.accountId(), id)));
    }

    @Override
    public Member change(String id, MemberChange change) {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR);
        Errors errors = new Errors();
        Role role = parseRole(change.role());
        if (change.role() != null && role == null) {
            errors.add("role", roleProblem(change.role()));
        }
        String name = errors.maxLength("displayName", change.displayName(), 200);
        if (change.displayName() != null && name == null) {
            errors.add("displayName", "must not be empty");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            MembershipEntity m = find(em, me.accountId(), id);
            boolean losesDirector = m.active && m.role == Role.DIRECTOR
                    && ((role != null && role != Role.DIRECTOR) || Boolean.FALSE.equals(change.active()));
            if (losesDirector && activeDirectors(em, me.accountId()) <= 1) {
                throw DomainException.conflict("last_director",
                        "This is the account's last active director; make someone else a director first");
            }
            if (role != null && role != m.role) {
                Audit.record(em, "member.role_changed", "membership", m.id, m.role + " -> " + role);
                m.role = role;
                if (change.permissions() == null) {
                    m.permissions(Permissions.defaults(role)); // a new role starts from its own defaults
                }
            }
            if (change.permissions() != null) {
                m.permissions(change.permissions());
                Audit.record(em, "member.permissions_changed", "membership", m.id, null);
            }
            if (change.active() != null && change.active() != m.active) {
                m.active = change.active();
                m.deactivatedAt = m.active ? null : now;
                m.deactivatedBy = m.active ? null : me.loginId();
                Audit.record(em, m.active ? "member.reactivated" : "member.deactivated", "membership", m.id, null);
            }
            if (name != null) {
                m.displayName = name;
            }
            m.updated(me.loginId(), now);
            em.flush();
            return toDto(em, m);
        });
    }

    @Override
    public List<Invitation> invitations() {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR);
        Instant now = clock.instant();
        return tx.inTransaction(em -> em.createQuery("SELECT i FROM InvitationEntity i WHERE i.accountId = :a"
                + " ORDER BY i.createdAt DESC", InvitationEntity.class).setParameter("a", me.accountId())
                .getResultList().stream().map(i -> i.toDto(now)).toList());
    }

    @Override
    public Invitation invite(NewInvitation request) {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR);
        Errors errors = new Errors();
        String email = errors.required("email", request.email());
        errors.check("email", email, Emails::problem);
        String name = errors.required("displayName", request.displayName());
        errors.maxLength("displayName", name, 200);
        errors.check("role", errors.required("role", request.role()), Members::roleProblem);
        errors.throwIfAny();
        String normalised = Emails.normalise(email);
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Invitation created = tx.inTransaction(em -> {
            Optional<MembershipEntity> existing = Sessions.loginByEmail(em, normalised)
                    .flatMap(l -> membership(em, l.id, me.accountId()));
            if (existing.isPresent()) {
                throw existing.get().active
                        ? DomainException.conflict("already_member", "This person is already a member of the account")
                        : DomainException.conflict("deactivated_member", "This person is a deactivated member of the"
                                + " account: reactivate them in Users instead of inviting them again");
            }
            for (InvitationEntity earlier : em.createQuery("SELECT i FROM InvitationEntity i WHERE i.accountId = :a"
                    + " AND i.email = :e AND i.acceptedAt IS NULL AND i.revokedAt IS NULL", InvitationEntity.class)
                    .setParameter("a", me.accountId()).setParameter("e", normalised).getResultList()) {
                earlier.revokedAt = now; // the new invitation replaces it: only the newest link works
                Audit.record(em, "member.invitation_replaced", "invitation", earlier.id, null);
            }
            InvitationEntity i = new InvitationEntity();
            i.id = Ids.newId();
            i.accountId = me.accountId();
            i.email = normalised;
            i.displayName = name;
            i.role = parseRole(request.role());
            i.tokenHash = Tokens.hash(token);
            i.invitedBy = me.loginId();
            i.createdAt = now;
            i.expiresAt = now.plus(invitationValidity);
            em.persist(i);
            em.flush();
            Audit.record(em, "member.invited", "invitation", i.id, i.role.name());
            return i.toDto(now);
        });
        try {
            mailer.send(normalised, "You are invited to " + me.accountName() + " on OpenPractice",
                    "Hello " + name + ",\n\n" + me.displayName() + " invited you to join " + me.accountName()
                            + " on OpenPractice as " + created.role().toLowerCase(Locale.ROOT) + ".\n\n"
                            + "Accept the invitation here (the link works once and expires on "
                            + created.expiresAt() + "):\n" + publicUrl + "/invitation/" + token
                            + "\n\nIf you did not expect this, ignore it.\n");
        } catch (RuntimeException e) {
            // nobody received the link: withdraw the invitation so it is not left pending
            tx.inTransaction(em -> {
                InvitationEntity unsent = em.find(InvitationEntity.class, created.id());
                unsent.revokedAt = clock.instant();
                Audit.record(em, "member.invitation_unsent", "invitation", unsent.id, null);
                return null;
            });
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "mail_unavailable", "The invitation e-mail"
                    + " could not be sent, so the invitation was withdrawn; check the mail settings and try again");
        }
        return created;
    }

    /** The login's membership of the account, active or not. */
    private static Optional<MembershipEntity> membership(EntityManager em, String loginId, String accountId) {
        return em.createQuery("SELECT m FROM MembershipEntity m WHERE m.loginId = :l AND m.accountId = :a",
                MembershipEntity.class).setParameter("l", loginId).setParameter("a", accountId).getResultList()
                .stream().findFirst();
    }

    @Override
    public void revoke(String invitationId) {
        CurrentMember me = RequestContext.requireRole(Role.DIRECTOR);
        Instant now = clock.instant();
        tx.inTransaction(em -> {
            InvitationEntity i = Ids.looksValid(invitationId) ? em.find(InvitationEntity.class, invitationId) : null;
            if (i == null || !i.accountId.equals(me.accountId())) {
                throw DomainException.notFound("Invitation");
            }
            if (i.acceptedAt == null && i.revokedAt == null) {
                i.revokedAt = now;
                Audit.record(em, "member.invitation_revoked", "invitation", i.id, null);
            }
            return null;
        });
    }

    @Override
    public InvitationPreview preview(String token) {
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            InvitationEntity i = pending(em, token, now);
            AccountEntity account = em.find(AccountEntity.class, i.accountId);
            Optional<LoginEntity> login = Sessions.loginByEmail(em, i.email);
            return new InvitationPreview(account.name, i.email, i.displayName, i.role.name(), login.isEmpty(),
                    login.map(l -> l.totpSecret != null).orElse(false));
        });
    }

    @Override
    public SignedIn accept(String token, Acceptance acceptance, String clientAddress) {
        Instant now = clock.instant();
        String password = acceptance == null ? null : acceptance.password();
        InvitationPreview preview = preview(token);
        Errors errors = new Errors();
        if (preview.newLogin()) {
            errors.check("password", password == null ? "" : password, p -> PasswordPolicy.problem(p, preview.email()));
        } else {
            errors.required("password", password);
        }
        errors.throwIfAny();
        if (!preview.newLogin()) {
            confirmExistingLogin(preview.email(), password, acceptance.code(), clientAddress);
        }
        String newHash = preview.newLogin() ? hasher.hash(password.toCharArray()) : null;
        return tx.inTransaction(em -> {
            InvitationEntity i = pending(em, token, now);
            LoginEntity login = Sessions.loginByEmail(em, i.email).orElse(null);
            if (login == null) {
                login = new LoginEntity();
                login.id = Ids.newId();
                login.email = i.email;
                login.passwordHash = newHash;
                login.createdAt = now;
                login.updatedAt = now;
                em.persist(login);
                em.flush();
            } else if (newHash != null) {
                // the login was created after the invitee opened the page: confirm with it like any existing login
                throw ValidationException.of("password", "is not the password of your existing OpenPractice login");
            }
            MembershipEntity member = membership(em, login.id, i.accountId).orElse(null);
            if (member == null) {
                member = Sessions.newMember(em, i.accountId, login.id, i.role, i.displayName, i.invitedBy, now);
            } else if (!member.active) {
                throw DomainException.conflict("deactivated_member", "Your membership of this practice was"
                        + " deactivated; ask the practice's director to reactivate it");
            }
            i.acceptedAt = now;
            i.acceptedLoginId = login.id;
            login.lastAccountId = i.accountId;
            AccountEntity account = em.find(AccountEntity.class, i.accountId);
            Audit.record(em, account.id, login.id, "member.invitation_accepted", "invitation", i.id, null);
            return Sessions.open(em, login, account, member, now);
        });
    }

    /**
     * An existing login confirms an invitation as it signs in: its password and, with two-factor authentication on,
     * a code, throttled like sign-in. Problems are answered on the "password" and "code" fields.
     */
    private void confirmExistingLogin(String email, String password, String code, String clientAddress) {
        try {
            accounts.verify(email, password, code, clientAddress);
        } catch (DomainException e) {
            switch (e.code()) {
                case Accounts.BAD_CREDENTIALS -> throw ValidationException.of("password",
                        "is not the password of your existing OpenPractice login");
                case "two_factor_required" -> throw ValidationException.of("code",
                        "is required: enter the 6-digit code from your authenticator app, or a recovery code");
                case Accounts.BAD_CODE -> throw ValidationException.of("code",
                        "is not right, or was already used; wait for the next one");
                default -> throw e;
            }
        }
    }

    private static InvitationEntity pending(EntityManager em, String token, Instant now) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw DomainException.notFound("Invitation");
        }
        InvitationEntity i = em.createQuery("SELECT i FROM InvitationEntity i WHERE i.tokenHash = :h",
                InvitationEntity.class).setParameter("h", Tokens.hash(token)).getResultList().stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Invitation"));
        String status = i.status(now);
        if (!"PENDING".equals(status)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "invitation_" + status.toLowerCase(Locale.ROOT),
                    "This invitation is " + status.toLowerCase(Locale.ROOT) + "; ask the practice for a new one");
        }
        return i;
    }

    private static MembershipEntity find(EntityManager em, String account, String id) {
        MembershipEntity m = Ids.looksValid(id) ? em.find(MembershipEntity.class, id) : null;
        if (m == null || !m.accountId.equals(account)) {
            throw DomainException.notFound("Member");
        }
        return m;
    }

    private static long activeDirectors(EntityManager em, String account) {
        return em.createQuery("SELECT COUNT(m) FROM MembershipEntity m WHERE m.accountId = :a AND m.active = TRUE"
                + " AND m.role = :r", Long.class).setParameter("a", account).setParameter("r", Role.DIRECTOR)
                .getSingleResult();
    }

    private static Member toDto(EntityManager em, MembershipEntity m) {
        LoginEntity login = em.find(LoginEntity.class, m.loginId);
        return new Member(m.id, m.loginId, login.email, m.displayName, m.role.name(), m.active, m.permissions(),
                m.createdAt);
    }

    static String roleProblem(String role) {
        return parseRole(role) == null ? "must be one of DIRECTOR, ADMINISTRATIVE, SUPERVISOR, CLINICAL" : null;
    }

    static Role parseRole(String role) {
        try {
            return role == null ? null : Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
