package org.openpractice.contacts.internal.scan;

/** A scanner's verdict; {@code signature} names what was found in an infected file. */
public record ScanResult(boolean clean, String signature) {
    public static ScanResult ok() {
        return new ScanResult(true, null);
    }

    public static ScanResult infected(String signature) {
        return new ScanResult(false, signature);
    }
}
