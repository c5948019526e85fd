package org.openpractice.platform.security;

import org.osgi.annotation.versioning.ProviderType;

/** One-way password hashing with a self-describing encoded form. */
@ProviderType
public interface PasswordHasher {
    String hash(char[] password);

    boolean verify(char[] password, String encoded);
}
