package org.openpractice.contacts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where contact files are kept and how large they may be, read from {@code etc/org.openpractice.contacts.files.cfg}. */
@ObjectClassDefinition(name = "OpenPractice contact files")
public @interface FilesConfig {
    @AttributeDefinition(description = "Folder for stored files; empty means <karaf.data>/files. Back it up with the"
            + " database")
    String directory() default "";

    @AttributeDefinition(description = "Largest file accepted, in MB (1 MB = 1,048,576 bytes); keep clamd's"
            + " StreamMaxLength and MaxFileSize above it")
    int max_size_mb() default 25;
}
