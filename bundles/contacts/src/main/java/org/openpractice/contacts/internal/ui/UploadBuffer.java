package org.openpractice.contacts.internal.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.upload.MultiFileReceiver;

/**
 * Holds the files of an upload in memory only until each is handed to the contacts service, so nothing unscanned
 * lands on disk outside the file store and memory is freed file by file. A file larger than the limit fails its
 * upload, whatever the browser was told.
 */
final class UploadBuffer implements MultiFileReceiver {
    private static final long serialVersionUID = 1L;
    private final Map<String, Capped> files = new HashMap<>();
    private final int maxBytes;

    UploadBuffer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized OutputStream receiveUpload(String fileName, String mimeType) {
        Capped out = new Capped(maxBytes);
        files.put(fileName, out);
        return out;
    }

    /** The bytes received for {@code fileName}, removed from the buffer; empty when there are none. */
    synchronized InputStream take(String fileName) {
        Capped out = files.remove(fileName);
        return new ByteArrayInputStream(out == null ? new byte[0] : out.bytes.toByteArray());
    }

    /** Forgets a file that failed or was interrupted. */
    synchronized void discard(String fileName) {
        files.remove(fileName);
    }

    /** Bytes in memory up to a limit; one more fails the write, and with it the upload. */
    private static final class Capped extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int max;

        Capped(int max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            room(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room(len);
            bytes.write(b, off, len);
        }

        private void room(int more) throws IOException {
            if (bytes.size() + (long) more > max) {
                throw new IOException("The file is larger than an upload may be");
            }
        }
    }
}
