package org.openpractice.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** System mail settings, read from {@code etc/org.openpractice.mail.cfg}. */
@ObjectClassDefinition(name = "OpenPractice system mail")
public @interface MailConfig {
    @AttributeDefinition(description = "'file' writes each message as an .eml file; 'smtp' sends it")
    String mode() default "file";

    @AttributeDefinition(description = "Folder for .eml files in file mode; empty means <karaf.data>/mail")
    String directory() default "";

    String from() default "OpenPractice <no-reply@openpractice.invalid>";

    String smtp_host() default "127.0.0.1";

    int smtp_port() default 587;

    @AttributeDefinition(description = "Upgrade the connection with STARTTLS (required when true)")
    boolean smtp_starttls() default true;

    @AttributeDefinition(description = "Connect with TLS from the start (port 465)")
    boolean smtp_ssl() default false;

    String smtp_user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD)
    String smtp_password() default "";

    int timeout_ms() default 15000;
}
