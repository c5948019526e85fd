package org.openpractice.contacts.internal.scan;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where the ClamAV daemon listens, read from {@code etc/org.openpractice.clamav.cfg}. clamd needs
 * {@code TCPSocket}/{@code TCPAddr} set, and {@code StreamMaxLength} and {@code MaxFileSize} above the upload limit.
 */
@ObjectClassDefinition(name = "OpenPractice virus scanner (ClamAV)")
public @interface ClamAvConfig {
    @AttributeDefinition(description = "Host of clamd's TCP socket; keep it on this machine")
    String host() default "127.0.0.1";

    @AttributeDefinition(description = "Port of clamd's TCP socket (TCPSocket in clamd.conf)")
    int port() default 3310;

    @AttributeDefinition(description = "Milliseconds to wait for a connection and for the verdict")
    int timeout_ms() default 30000;
}
