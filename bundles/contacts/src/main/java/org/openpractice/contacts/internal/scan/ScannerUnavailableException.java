package org.openpractice.contacts.internal.scan;

/** No verdict: the scanner could not be reached or did not finish; the file must not be stored. */
public class ScannerUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScannerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ScannerUnavailableException(String message) {
        super(message);
    }
}
