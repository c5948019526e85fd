package org.openpractice.platform.security;

import java.util.Optional;

import org.openpractice.platform.DomainException;

/** The member acting on the current thread; set by the REST filter and by the UI for each request. */
public final class RequestContext {
    private static final ThreadLocal<CurrentMember> CURRENT = new ThreadLocal<>();

    private RequestContext() {
    }

    public static Optional<CurrentMember> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The acting member; fails as unauthenticated when nobody is signed in. */
    public static CurrentMember require() {
        CurrentMember member = CURRENT.get();
        if (member == null) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "unauthenticated", "Sign in first");
        }
        return member;
    }

    /** The active account of the acting member. */
    public static String accountId() {
        return require().accountId();
    }

    /** Fails with 403 unless the acting member has one of the roles. */
    public static CurrentMember requireRole(Role... roles) {
        CurrentMember member = require();
        if (!member.hasRole(roles)) {
            throw DomainException.forbidden("Your role does not allow this");
        }
        return member;
    }

    public static void set(CurrentMember member) {
        if (member == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(member);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} as {@code member}, restoring what was there before. */
    public static <T> T callAs(CurrentMember member, java.util.function.Supplier<T> work) {
        CurrentMember previous = CURRENT.get();
        set(member);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }
}
