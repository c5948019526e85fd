package org.openpractice.contacts.internal.ui;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.Test;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;

/** What the contact screens say about refused uploads, phones, dates and sizes. */
public class ContactTextTest {
    @Test
    public void refusedUploadsNameTheFile() {
        assertEquals("invoice.txt contains a virus (Eicar-Test-Signature) and was not stored.",
                ContactText.refusal("invoice.txt", new DomainException(DomainException.Kind.INVALID, "virus_found",
                        "The file contains a virus (Eicar-Test-Signature) and was not stored",
                        Map.of("file", "contains a virus: Eicar-Test-Signature"))));
        assertEquals("Upload refused: the virus scanner is unavailable, so letter.pdf was not stored. Try again later.",
                ContactText.refusal("letter.pdf", new DomainException(DomainException.Kind.UNAVAILABLE,
                        "scanner_unavailable", "The virus scanner is unavailable, so the file was not stored")));
        assertEquals("setup.exe was not stored: programs (Windows executables) are not accepted.",
                ContactText.refusal("setup.exe",
                        ValidationException.of("file", "Programs (Windows executables) are not accepted")));
    }

    @Test
    public void phonesDatesAndSizes() {
        assertEquals("(415) 555-0134 (cell)", ContactText.phone("(415) 555-0134", PhoneType.CELL));
        assertEquals("", ContactText.phone(null, PhoneType.CELL));
        assertEquals("Dec 31, 2030", ContactText.date(LocalDate.of(2030, 12, 31)));
        assertEquals("90 bytes", ContactText.size(90));
        assertEquals("12 KB", ContactText.size(12 * 1024));
        assertEquals("3.5 MB", ContactText.size(3 * 1024 * 1024 + 512 * 1024));
        assertEquals("Dr Ann Lee, MD", ContactText.nameWithQualifications("Dr Ann Lee", "MD"));
    }
}
