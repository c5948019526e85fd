package org.openpractice.platform.mail;

/** The system mailer could not hand a message over to the SMTP server or the mail folder. */
public class MailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
