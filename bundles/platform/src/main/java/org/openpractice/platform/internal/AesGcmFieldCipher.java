package org.openpractice.platform.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.openpractice.platform.crypto.FieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM field encryption. Without a configured key, the key comes from a key file in {@code etc/} (apart from
 * the database in {@code data/}), generated once with owner-only permissions; the key is never logged. The file is
 * written directly, not through Configuration Admin, so generating it does not restart every component using it.
 */
@Component(service = FieldCipher.class, configurationPid = AesGcmFieldCipher.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CryptoConfig.class)
public class AesGcmFieldCipher implements FieldCipher {
    static final String PID = "org.openpractice.crypto";
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final Logger logger = LoggerFactory.getLogger(AesGcmFieldCipher.class);
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    @Activate
    public AesGcmFieldCipher(CryptoConfig config) throws IOException {
        this(keyBytes(config));
    }

    public AesGcmFieldCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The field encryption key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    private static byte[] keyBytes(CryptoConfig config) throws IOException {
        if (config.key() != null && !config.key().isBlank()) {
            return Base64.getDecoder().decode(config.key().strip());
        }
        Path file = config.keyFile().isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), "openpractice-field.key")
                : Path.of(config.keyFile());
        return KeyFiles.readOrCreate(file);
    }

    @Override
    public String encrypt(String plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public String decrypt(String ciphertext, String context) {
        if (ciphertext == null || !ciphertext.startsWith(VERSION)) {
            throw new IllegalArgumentException("Not a field ciphertext");
        }
        try {
            byte[] all = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            logger.warn("A stored value could not be decrypted (wrong key or altered data)");
            throw new IllegalStateException("The stored value cannot be decrypted", e);
        }
    }
}
