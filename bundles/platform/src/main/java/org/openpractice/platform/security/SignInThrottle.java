package org.openpractice.platform.security;

import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Slows down password guessing per login e-mail and per client address. */
@ProviderType
public interface SignInThrottle {
    /** How long the caller must wait before another attempt for this key, if at all. */
    Optional<Duration> blockedFor(String email, String clientAddress);

    void failed(String email, String clientAddress);

    void succeeded(String email, String clientAddress);
}
