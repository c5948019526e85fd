package org.openpractice.contacts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openpractice.platform.ValidationException;

/** File types judged from bytes, whatever the name says. */
public class FileTypesTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private FileTypes.Type sniff(byte[] bytes) throws IOException {
        Path file = folder.newFile().toPath();
        Files.write(file, bytes);
        return FileTypes.sniff(file);
    }

    private String refusal(byte[] bytes) throws IOException {
        Path file = folder.newFile().toPath();
        Files.write(file, bytes);
        return assertThrows(ValidationException.class, () -> FileTypes.sniff(file)).fields().get("file");
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    public void documentsAndImagesAreRecognised() throws IOException {
        assertEquals(FileTypes.PDF, sniff("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(FileTypes.PNG, sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
        assertEquals(FileTypes.JPEG, sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertEquals(FileTypes.DOCX, sniff(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
        assertEquals(FileTypes.XLSX, sniff(zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(FileTypes.TEXT, sniff("Name,Phone\nAnn,(415) 555-0134\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileTypes.TEXT, sniff("Überweisung für José\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void programsScriptsMarkupAndArchivesAreRefused() throws IOException {
        assertTrue(refusal(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}).startsWith("Programs"));
        assertTrue(refusal(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}).startsWith("Programs"));
        assertTrue(refusal("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)).startsWith("Scripts"));
        assertTrue(refusal("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))
                .startsWith("HTML"));
        assertTrue(refusal("  <svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII)).startsWith("HTML"));
        assertTrue(refusal(zip("payload.exe")).startsWith("ZIP archives"));
        assertTrue(refusal(new byte[] {0x1F, (byte) 0x8B, 8, 0}).startsWith("Compressed"));
        assertTrue(refusal(new byte[] {0, 1, 2, 3, (byte) 0xFE, 0}).startsWith("This kind of file"));
    }

    @Test
    public void downloadNamesAreSafeAndKeepTheRealType() {
        assertEquals("referral.pdf", FileTypes.downloadName("referral.pdf", "application/pdf"));
        assertEquals("referral.exe.pdf", FileTypes.downloadName("referral.exe", "application/pdf"));
        assertEquals("run.bat.txt", FileTypes.downloadName("run.bat", "text/plain"));
        assertEquals("a_b__c_.txt", FileTypes.downloadName("a\"b\r\nc;", "text/plain"));
        assertEquals("file.htaccess.txt", FileTypes.downloadName(".htaccess", "text/plain"));
        assertEquals("Scan.JPG", FileTypes.downloadName("Scan.JPG", "image/jpeg"));
    }

    @Test
    public void contentDispositionCarriesTheExactNameEncoded() {
        assertEquals("attachment; filename=\"Brief f_r Jos_.pdf\"; filename*=UTF-8''Brief%20f%C3%BCr%20Jos%C3%A9.pdf",
                ContactFilesResource.contentDisposition("Brief für José.pdf"));
    }
}
