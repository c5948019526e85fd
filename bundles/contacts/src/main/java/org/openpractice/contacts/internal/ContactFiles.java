package org.openpractice.contacts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.openpractice.contacts.ContactFile;
import org.openpractice.contacts.ContactFileService;
import org.openpractice.contacts.FileCategory;
import org.openpractice.contacts.FileContent;
import org.openpractice.contacts.FileDetails;
import org.openpractice.contacts.internal.scan.ScanResult;
import org.openpractice.contacts.internal.scan.ScannerUnavailableException;
import org.openpractice.contacts.internal.scan.VirusScanner;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.persistence.Audit;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.persistence.SchemaMigrations;
import org.openpractice.platform.persistence.Transactions;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.validation.Errors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files on contacts' files. An upload is received to a temporary file, its type judged from its bytes, then scanned
 * by the virus scanner; only a clean file of an accepted type is moved into the store and recorded. Logs carry ids,
 * never file names (they can name a client).
 */
@Component(service = ContactFileService.class, configurationPid = "org.openpractice.contacts.files",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FilesConfig.class)
public class ContactFiles implements ContactFileService {
    static final String DEFAULT_CATEGORY = "General";
    private final Logger logger = LoggerFactory.getLogger(ContactFiles.class);
    private final Transactions tx;
    private final FileStore store;
    private final VirusScanner scanner;
    private final Clock clock;

    @Activate
    public ContactFiles(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=openpractice-contacts)") JpaTemplate jpa,
            @Reference VirusScanner scanner, FilesConfig config) {
        this(Transactions.forArea(migrations, context.getBundle(), "contacts", jpa),
                new FileStore(folder(config), config.max_size_mb() * 1024L * 1024L), scanner, Clock.systemUTC());
    }

    ContactFiles(Transactions tx, FileStore store, VirusScanner scanner, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.scanner = scanner;
        this.clock = clock;
    }

    private static Path folder(FilesConfig config) {
        String dir = config.directory() == null ? "" : config.directory().strip();
        if (!dir.isEmpty()) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("karaf.data", "data"), "files");
    }

    @Override
    public List<FileCategory> files(String contactId) {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> {
            Contacts.find(em, account, contactId);
            Map<String, List<ContactFile>> groups = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (ContactFileEntity f : em.createQuery("SELECT f FROM ContactFileEntity f WHERE f.accountId = :a"
                    + " AND f.contactId = :c ORDER BY f.categoryKey, f.date DESC, f.name", ContactFileEntity.class)
                    .setParameter("a", account).setParameter("c", contactId).getResultList()) {
                labels.putIfAbsent(f.categoryKey, f.category);
                groups.computeIfAbsent(f.categoryKey, k -> new ArrayList<>()).add(f.toDto());
            }
            return groups.entrySet().stream().map(g -> new FileCategory(labels.get(g.getKey()), g.getValue()))
                    .toList();
        });
    }

    @Override
    public ContactFile file(String contactId, String fileId) {
        String account = RequestContext.accountId();
        return tx.inTransaction(em -> find(em, account, contactId, fileId).toDto());
    }

    @Override
    public ContactFile upload(String contactId, FileDetails details, InputStream content) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        ContactFileEntity f = new ContactFileEntity();
        apply(f, details, true);
        tx.inTransaction(em -> Contacts.find(em, me.accountId(), contactId));
        FileStore.Received received = store.receive(content);
        try {
            f.contentType = FileTypes.sniff(received.path()).mime();
            scan(received.path(), contactId);
            f.created(me.loginId(), now);
            f.accountId = me.accountId();
            f.contactId = contactId;
            f.size = received.size();
            f.sha256 = received.sha256();
            store.keep(received, me.accountId(), f.id);
            try {
                return tx.inTransaction(em -> {
                    Contacts.find(em, me.accountId(), contactId);
                    em.persist(f);
                    em.flush();
                    Audit.record(em, "contact_file.uploaded", "contact_file", f.id, "contact " + contactId);
                    return f.toDto();
                });
            } catch (RuntimeException e) {
                deleteQuietly(me.accountId(), f.id);
                throw e;
            }
        } catch (IOException e) {
            throw new DomainException(DomainException.Kind.INVALID, "upload_failed",
                    "The file could not be read; try again");
        } finally {
            store.discard(received.path());
        }
    }

    @Override
    public ContactFile update(String contactId, String fileId, FileDetails details) {
        CurrentMember me = RequestContext.require();
        Instant now = clock.instant();
        return tx.inTransaction(em -> {
            ContactFileEntity f = find(em, me.accountId(), contactId, fileId);
            if (details != null && details.version() != null && details.version() != f.version) {
                throw DomainException.conflict("stale", "Someone else changed this file; reload and try again");
            }
            apply(f, details, false);
            f.updated(me.loginId(), now);
            em.flush();
            Audit.record(em, "contact_file.updated", "contact_file", f.id, null);
            return f.toDto();
        });
    }

    @Override
    public void delete(String contactId, String fileId) {
        String account = RequestContext.accountId();
        tx.inTransaction(em -> {
            ContactFileEntity f = find(em, account, contactId, fileId);
            em.remove(f);
            em.flush();
            Audit.record(em, "contact_file.deleted", "contact_file", f.id, "contact " + contactId);
            return null;
        });
        deleteQuietly(account, fileId);
    }

    @Override
    public FileContent content(String contactId, String fileId) {
        String account = RequestContext.accountId();
        ContactFile file = tx.inTransaction(em -> find(em, account, contactId, fileId).toDto());
        try {
            return new FileContent(file, store.open(account, fileId));
        } catch (IOException e) {
            logger.error("Stored bytes of contact file {} are missing or unreadable: {}", fileId, e.toString());
            throw DomainException.notFound("File content");
        }
    }

    private void scan(Path file, String contactId) {
        ScanResult result;
        try {
            result = scanner.scan(file);
        } catch (ScannerUnavailableException e) {
            logger.warn("Refused an upload to contact {}: {}", contactId, e.getMessage());
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "scanner_unavailable",
                    "The virus scanner is unavailable, so the file was not stored; try again later");
        }
        if (!result.clean()) {
            logger.warn("Refused an upload to contact {}: virus {} found", contactId, result.signature());
            throw new DomainException(DomainException.Kind.INVALID, "virus_found",
                    "The file contains a virus (" + result.signature() + ") and was not stored",
                    Map.of("file", "contains a virus: " + result.signature()));
        }
    }

    private void deleteQuietly(String account, String fileId) {
        try {
            store.delete(account, fileId);
        } catch (IOException e) {
            logger.warn("Could not delete the stored bytes of contact file {}: {}", fileId, e.toString());
        }
    }

    private void apply(ContactFileEntity f, FileDetails in, boolean uploading) {
        Errors errors = new Errors();
        if (in == null) {
            errors.add("name", "is required").throwIfAny();
        }
        String name = errors.required("name", in.name());
        errors.maxLength("name", name, 255);
        if (name != null && name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("name", "must not contain control characters");
        }
        String category = errors.maxLength("category", in.category(), 100);
        String description = errors.maxLength("description", in.description(), 2000);
        LocalDate date = in.date();
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2200)) {
            errors.add("date", "must be a date between 1900 and 2200");
        }
        errors.throwIfAny();
        f.name = name;
        f.category = category == null ? DEFAULT_CATEGORY : category;
        f.categoryKey = f.category.toLowerCase(Locale.ROOT);
        f.description = description;
        if (date != null) {
            f.date = date;
        } else if (uploading) {
            f.date = LocalDate.now(clock);
        }
    }

    private static ContactFileEntity find(EntityManager em, String account, String contactId, String fileId) {
        Contacts.find(em, account, contactId);
        ContactFileEntity f = Ids.looksValid(fileId) ? em.find(ContactFileEntity.class, fileId) : null;
        if (f == null || !f.accountId.equals(account) || !f.contactId.equals(contactId)) {
            throw DomainException.notFound("File");
        }
        return f;
    }
}
