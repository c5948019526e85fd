package org.openpractice.platform.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Turns a session token (cookie or bearer) into the member it signs in; provided by the accounts area. */
@ProviderType
public interface SessionResolver {
    /** The cookie that carries the session token for browsers. */
    String COOKIE = "OP_SESSION";

    Optional<CurrentMember> resolve(String token);
}
