package org.openpractice.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.LoggerFactory;

/** A secret key kept in a file readable by its owner only, created with 32 random bytes the first time. */
final class KeyFiles {
    private KeyFiles() {
    }

    static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, Base64.getEncoder().encode(key), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
            try {
                Files.move(tmp, file);
                LoggerFactory.getLogger(KeyFiles.class).warn(
                        "Generated the field encryption key {}; back it up apart from the database", file.getFileName());
            } catch (FileAlreadyExistsException e) {
                Files.delete(tmp);
            }
        }
        return Base64.getDecoder().decode(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip());
    }
}
