package org.openpractice.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.Tokens;

/** Sign-in sessions and memberships as the accounts area's services share them. */
final class Sessions {
    static final Duration IDLE_TIMEOUT = Duration.ofHours(12);
    static final Duration ABSOLUTE_TIMEOUT = Duration.ofDays(7);

    private Sessions() {
    }

    static SignedIn open(EntityManager em, LoginEntity login, AccountEntity account, MembershipEntity member,
            Instant now) {
        String token = Tokens.newToken();
        SessionEntity session = new SessionEntity();
        session.id = Ids.newId();
        session.tokenHash = Tokens.hash(token);
        session.loginId = login.id;
        session.accountId = account.id;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(ABSOLUTE_TIMEOUT);
        em.persist(session);
        return new SignedIn(token, member(session, login, account, member));
    }

    static CurrentMember member(SessionEntity session, LoginEntity login, AccountEntity account,
            MembershipEntity member) {
        return new CurrentMember(session.id, login.id, login.email, account.id, account.name, member.id,
                member.displayName, member.role, account.requireTwoFactor && login.totpSecret == null);
    }

    static Optional<SessionEntity> live(EntityManager em, String token, Instant now) {
        return em.createQuery("SELECT s FROM SessionEntity s WHERE s.tokenHash = :h AND s.revoked = FALSE",
                SessionEntity.class).setParameter("h", Tokens.hash(token)).getResultList().stream()
                .filter(s -> s.expiresAt.isAfter(now) && s.lastSeenAt.plus(IDLE_TIMEOUT).isAfter(now))
                .findFirst();
    }

    static Optional<MembershipEntity> activeMembership(EntityManager em, String loginId, String accountId) {
        if (accountId == null || !Ids.looksValid(accountId)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM MembershipEntity m WHERE m.loginId = :login AND m.accountId = :account"
                + " AND m.active = TRUE", MembershipEntity.class)
                .setParameter("login", loginId).setParameter("account", accountId).getResultList().stream()
                .findFirst();
    }

    static Optional<LoginEntity> loginByEmail(EntityManager em, String normalisedEmail) {
        return em.createQuery("SELECT l FROM LoginEntity l WHERE l.email = :email", LoginEntity.class)
                .setParameter("email", normalisedEmail).getResultList().stream().findFirst();
    }

    static MembershipEntity newMember(EntityManager em, String accountId, String loginId,
            org.openpractice.platform.security.Role role, String displayName, String by, Instant now) {
        MembershipEntity m = new MembershipEntity();
        m.created(by, now);
        m.accountId = accountId;
        m.loginId = loginId;
        m.role = role;
        m.active = true;
        m.displayName = displayName;
        em.persist(m);
        em.flush();
        return m;
    }
}
