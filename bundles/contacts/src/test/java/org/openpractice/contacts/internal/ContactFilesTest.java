package org.openpractice.contacts.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.openpractice.contacts.internal.ContactsTest.A;
import static org.openpractice.contacts.internal.ContactsTest.B;
import static org.openpractice.contacts.internal.ContactsTest.actAs;
import static org.openpractice.contacts.internal.ContactsTest.contact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openpractice.contacts.ContactFile;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.FileCategory;
import org.openpractice.contacts.FileContent;
import org.openpractice.contacts.FileDetails;
import org.openpractice.contacts.internal.scan.ClamAvScanner;
import org.openpractice.contacts.internal.scan.VirusScanner;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;
import org.openpractice.testing.Clamd;
import org.openpractice.testing.TestDatabase;

/** Contact files against a real ClamAV daemon started by the test, on Derby and a temporary file store. */
public class ContactFilesTest {
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    @ClassRule
    public static TemporaryFolder clamdFolder = new TemporaryFolder();
    private static Clamd clamd;
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private TestDatabase db;
    private Path storeRoot;
    private String contactId;

    @BeforeClass
    public static void startClamd() throws Exception {
        clamd = Clamd.start(clamdFolder.getRoot().toPath());
    }

    @AfterClass
    public static void stopClamd() throws Exception {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Before
    public void setUp() throws IOException {
        db = new TestDatabase("openpractice-contacts", "contacts");
        storeRoot = folder.newFolder("files").toPath();
        actAs(A, Role.CLINICAL);
        contactId = new Contacts(db.transactions(), new TickingClock())
                .create(contact("Dr Lee", null, ContactType.PHYSICIAN, null, null)).id();
    }

    @After
    public void tearDown() {
        RequestContext.clear();
        db.close();
    }

    private ContactFiles files(VirusScanner scanner, long maxBytes) {
        return new ContactFiles(db.transactions(), new FileStore(storeRoot, maxBytes), scanner, new TickingClock());
    }

    private static ClamAvScanner scanner(Clamd daemon) {
        return new ClamAvScanner("127.0.0.1", daemon.port(), 10_000);
    }

    private ContactFiles files() {
        return files(scanner(clamd), 25L * 1024 * 1024);
    }

    private static FileDetails details(String name, String category) {
        return new FileDetails(name, category, LocalDate.of(2026, 11, 20), "From the referrer", null);
    }

    private int rows() throws Exception {
        try (Connection c = db.dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM op_contact_file")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private long filesOnDisk() throws IOException {
        try (Stream<Path> walk = Files.walk(storeRoot)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    public void eicarIsRefusedAndNothingIsStored() throws Exception {
        byte[] eicar = Clamd.eicar();
        assertEquals(Clamd.EICAR_SIGNATURE.substring(0, 32),
                HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(eicar)));
        DomainException e = assertThrows(DomainException.class, () -> files().upload(contactId,
                details("notes.txt", "Referrals"), new ByteArrayInputStream(eicar)));
        assertEquals("virus_found", e.code());
        assertEquals(DomainException.Kind.INVALID, e.kind());
        // clamd names signatures of an unsigned database "<name>.UNOFFICIAL".
        assertTrue(e.getMessage(), e.getMessage().matches(
                "The file contains a virus \\(Eicar-Test-Signature(\\.UNOFFICIAL)?\\) and was not stored"));
        assertTrue(e.fields().get("file").startsWith("contains a virus: Eicar-Test-Signature"));
        assertEquals(0, rows());
        assertEquals(0, filesOnDisk());
        assertTrue(files().files(contactId).isEmpty());
    }

    @Test
    public void cleanFilesAreStoredListedByCategoryAndDownloadedIntact() throws Exception {
        ContactFiles files = files();
        ContactFile pdf = files.upload(contactId, details("Referral letter", "Referrals"),
                new ByteArrayInputStream(PDF));
        byte[] text = "Call notes\n".getBytes(StandardCharsets.UTF_8);
        ContactFile notes = files.upload(contactId, new FileDetails("notes.exe", null, null, null, null),
                new ByteArrayInputStream(text));
        assertEquals("application/pdf", pdf.contentType());
        assertEquals(PDF.length, pdf.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), pdf.sha256());
        assertEquals("text/plain", notes.contentType());
        assertEquals("General", notes.category());
        assertEquals(LocalDate.ofInstant(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC),
                notes.date());
        List<FileCategory> groups = files.files(contactId);
        assertEquals(List.of("General", "Referrals"), groups.stream().map(FileCategory::category).toList());
        assertEquals(List.of(pdf), groups.get(1).files());
        try (FileContent content = files.content(contactId, pdf.id())) {
            assertArrayEquals(PDF, content.stream().readAllBytes());
            assertEquals(pdf, content.file());
        }
        assertEquals(2, rows());
        assertEquals(2, filesOnDisk());
        assertTrue(Files.exists(storeRoot.resolve("contacts").resolve(A).resolve(pdf.id())));
    }

    @Test
    public void detailsCanBeEditedAndFilesDeleted() throws Exception {
        ContactFiles files = files();
        ContactFile f = files.upload(contactId, details("Scan", "Referrals"), new ByteArrayInputStream(PDF));
        ContactFile edited = files.update(contactId, f.id(), new FileDetails("Referral (signed)", "Letters",
                LocalDate.of(2026, 1, 2), "Signed copy", f.version()));
        assertEquals("Referral (signed)", edited.name());
        assertEquals("Letters", edited.category());
        assertEquals(LocalDate.of(2026, 1, 2), edited.date());
        assertEquals(edited, files.file(contactId, f.id()));
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class, () -> files.update(contactId,
                f.id(), new FileDetails("x", null, null, null, f.version()))).kind());
        assertTrue(assertThrows(ValidationException.class, () -> files.update(contactId, f.id(),
                new FileDetails(" ", null, null, null, null))).fields().containsKey("name"));
        files.delete(contactId, f.id());
        assertEquals(0, rows());
        assertEquals(0, filesOnDisk());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> files.content(contactId, f.id())).kind());
    }

    @Test
    public void refusedTypesAndOversizedFilesStoreNothing() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        ValidationException program = assertThrows(ValidationException.class, () -> files().upload(contactId,
                details("report.pdf", null), new ByteArrayInputStream(exe)));
        assertTrue(program.fields().get("file").startsWith("Programs"));
        ValidationException tooLarge = assertThrows(ValidationException.class, () -> files(scanner(clamd),
                1024 * 1024).upload(contactId, details("big.pdf", null), new ByteArrayInputStream(
                        new byte[1024 * 1024 + 1])));
        assertEquals("is larger than 1 MB, the largest file accepted", tooLarge.fields().get("file"));
        assertEquals("is empty", assertThrows(ValidationException.class, () -> files().upload(contactId,
                details("empty.txt", null), new ByteArrayInputStream(new byte[0]))).fields().get("file"));
        assertEquals("is required", assertThrows(ValidationException.class, () -> files().upload(contactId,
                details(null, null), new ByteArrayInputStream(PDF))).fields().get("name"));
        assertEquals(0, rows());
        assertEquals(0, filesOnDisk());
    }

    @Test
    public void anotherAccountsFilesAreNotFound() throws Exception {
        ContactFiles files = files();
        ContactFile f = files.upload(contactId, details("Referral", "Referrals"), new ByteArrayInputStream(PDF));
        actAs(B, Role.DIRECTOR);
        for (Runnable call : List.<Runnable>of(() -> files.files(contactId), () -> files.file(contactId, f.id()),
                () -> files.content(contactId, f.id()), () -> files.delete(contactId, f.id()),
                () -> files.update(contactId, f.id(), details("Mine", null)),
                () -> files.upload(contactId, details("Mine", null), new ByteArrayInputStream(PDF)))) {
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, call::run).kind());
        }
        actAs(A, Role.CLINICAL);
        assertEquals(1, rows());
        assertEquals(1, filesOnDisk());
    }

    @Test
    public void aStoppedScannerRefusesUploads() throws Exception {
        Clamd own = Clamd.start(folder.newFolder("clamd").toPath());
        ContactFiles files;
        try {
            files = files(scanner(own), 25L * 1024 * 1024);
            files.upload(contactId, details("Before", null), new ByteArrayInputStream(PDF));
        } finally {
            own.close();
        }
        DomainException e = assertThrows(DomainException.class, () -> files.upload(contactId, details("After", null),
                new ByteArrayInputStream(PDF)));
        assertEquals(DomainException.Kind.UNAVAILABLE, e.kind());
        assertEquals("scanner_unavailable", e.code());
        assertEquals("The virus scanner is unavailable, so the file was not stored; try again later",
                e.getMessage());
        assertEquals(1, rows());
        assertEquals(1, filesOnDisk());
    }
}
