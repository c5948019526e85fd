package org.openpractice.platform.mail;

import org.osgi.annotation.versioning.ProviderType;

/** Sends the platform's own mail (invitations, password resets, notifications) to members. */
@ProviderType
public interface SystemMailer {
    /** Sends a plain-text message; throws {@link MailException} when it could not be handed over. */
    void send(String to, String subject, String body);
}
