package org.openpractice.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.openpractice.platform.security.SignInThrottle;
import org.osgi.service.component.annotations.Component;

/**
 * Counts failed sign-ins per e-mail and per client address. After {@value #FREE_ATTEMPTS} failures each further
 * attempt must wait twice as long as the last (1 s, 2 s, 4 s … up to 15 minutes); a success clears the count.
 */
@Component(service = SignInThrottle.class)
public class MemorySignInThrottle implements SignInThrottle {
    static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemorySignInThrottle() {
        this(Clock.systemUTC());
    }

    MemorySignInThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Duration> blockedFor(String email, String clientAddress) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(email, clientAddress)) {
            Failures f = failures.get(key);
            if (f == null) {
                continue;
            }
            if (f.last().plus(FORGET_AFTER).isBefore(now)) {
                failures.remove(key, f);
                continue;
            }
            Duration wait = waitAfter(f.count(), key.startsWith("ip:") ? 4 : 1);
            Duration remaining = Duration.between(now, f.last().plus(wait));
            if (remaining.compareTo(longest) > 0) {
                longest = remaining;
            }
        }
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    @Override
    public void failed(String email, String clientAddress) {
        Instant now = clock.instant();
        for (String key : keys(email, clientAddress)) {
            failures.merge(key, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        }
    }

    @Override
    public void succeeded(String email, String clientAddress) {
        failures.remove("email:" + normalise(email));
    }

    /** An address shared by many people (a practice's office) gets four times the free attempts. */
    private static Duration waitAfter(int count, int factor) {
        int over = count - FREE_ATTEMPTS * factor;
        if (over < 0) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(over, 20);
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String[] keys(String email, String clientAddress) {
        return new String[] {"email:" + normalise(email), "ip:" + (clientAddress == null ? "-" : clientAddress)};
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
