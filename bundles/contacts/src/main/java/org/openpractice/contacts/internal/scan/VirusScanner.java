package org.openpractice.contacts.internal.scan;

import java.nio.file.Path;

/** Scans a file for viruses before it is stored; implementations fail closed. */
public interface VirusScanner {
    /**
     * Scans the file's bytes.
     *
     * @throws ScannerUnavailableException when no verdict could be had (scanner down, timed out, or it failed)
     */
    ScanResult scan(Path file) throws ScannerUnavailableException;
}
