package org.openpractice.contacts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.persistence.Ids;

/**
 * Contact files on disk, outside the database: {@code <root>/contacts/<account id>/<file id>}. Paths are built from
 * ids only, never from names people typed. An upload is first received into {@code <root>/incoming} and moved to
 * its place only after it passed every check.
 */
final class FileStore {
    /** A received upload waiting for its checks. */
    record Received(Path path, long size, String sha256) {
    }

    private final Path root;
    private final long maxBytes;

    FileStore(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    Path root() {
        return root;
    }

    /** Copies the upload to a temporary file, refusing it (and keeping nothing) when it is empty or too large. */
    Received receive(InputStream content) {
        Path incoming = root.resolve("incoming");
        Path temp = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(incoming);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = content.read(buffer)) != -1;) {
                    size += n;
                    if (size > maxBytes) {
                        throw ValidationException.of("file", "is larger than " + maxBytes / (1024 * 1024)
                                + " MB, the largest file accepted");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ValidationException.of("file", "is empty");
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            discard(temp);
            throw new DomainException(DomainException.Kind.INVALID, "upload_failed",
                    "The upload did not arrive completely; try again");
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            discard(temp);
            throw new IllegalStateException(e);
        }
    }

    /** Moves a checked upload to its place. */
    void keep(Received received, String account, String fileId) {
        Path target = path(account, fileId);
        try {
            Files.createDirectories(target.getParent());
            Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a file", e);
        }
    }

    InputStream open(String account, String fileId) throws IOException {
        return Files.newInputStream(path(account, fileId));
    }

    /** Deletes a stored file; answers false when it was not there. */
    boolean delete(String account, String fileId) throws IOException {
        try {
            Files.delete(path(account, fileId));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Deletes a temporary upload if it is still there. */
    void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The incoming folder holds nothing that was accepted; a leftover part file is harmless.
        }
    }

    Path path(String account, String fileId) {
        if (!Ids.looksValid(account) || !Ids.looksValid(fileId)) {
            throw new IllegalArgumentException("not an id");
        }
        return root.resolve("contacts").resolve(account).resolve(fileId);
    }
}
