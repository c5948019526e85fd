package org.openpractice.contacts;

import java.io.IOException;
import java.io.InputStream;

/** The stored bytes of a contact file; the caller reads and closes {@code stream}. */
public record FileContent(ContactFile file, InputStream stream) implements AutoCloseable {
    @Override
    public void close() throws IOException {
        stream.close();
    }
}
