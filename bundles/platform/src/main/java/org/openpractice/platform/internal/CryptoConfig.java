package org.openpractice.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The field encryption key: {@code key} in {@code etc/org.openpractice.crypto.cfg}, or else the key file, which is
 * generated on first start.
 */
@ObjectClassDefinition(name = "OpenPractice field encryption")
public @interface CryptoConfig {
    @AttributeDefinition(type = AttributeType.PASSWORD,
            description = "Base64 of 32 random bytes. Back it up apart from the database: without it, encrypted values are lost")
    String key() default "";

    @AttributeDefinition(description = "File holding the key when 'key' is empty; empty means <karaf.etc>/openpractice-field.key")
    String keyFile() default "";
}
