package org.openpractice.accounts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Accounts settings of the installation, read from {@code etc/org.openpractice.accounts.cfg}. */
@ObjectClassDefinition(name = "OpenPractice accounts")
public @interface AccountsConfig {
    @AttributeDefinition(description = "The address members use to reach OpenPractice; links in e-mails start with it."
            + " Empty: http://localhost on the HTTP port of etc/org.ops4j.pax.web.cfg")
    String publicUrl() default "";

    @AttributeDefinition(description = "Days an invitation link stays valid")
    int invitationDays() default 7;
}
