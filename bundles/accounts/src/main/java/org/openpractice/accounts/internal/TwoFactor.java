package org.openpractice.accounts.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import javax.imageio.ImageIO;
import javax.persistence.EntityManager;

import org.openpractice.platform.crypto.FieldCipher;
import org.openpractice.platform.persistence.Ids;
import org.openpractice.platform.security.Tokens;
import org.openpractice.platform.security.Totp;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Two-factor authentication of a login as sign-in and the security settings share it: sealing the TOTP secret with
 * the field key, accepting a code (TOTP without replay, or a recovery code once), issuing recovery codes and drawing
 * the enrolment QR code.
 */
final class TwoFactor {
    static final String ISSUER = "OpenPractice";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int QR_SCALE = 6;

    private final FieldCipher cipher;

    TwoFactor(FieldCipher cipher) {
        this.cipher = cipher;
    }

    String seal(LoginEntity login, String secret) {
        return cipher.encrypt(secret, context(login));
    }

    String open(LoginEntity login, String sealed) {
        return cipher.decrypt(sealed, context(login));
    }

    private static String context(LoginEntity login) {
        return "op_login.totp:" + login.id;
    }

    /**
     * True when {@code code} is a TOTP code of a step later than the last one used, or an unused recovery code; the
     * step or the recovery code is then used up (within the caller's transaction).
     */
    boolean accept(EntityManager em, LoginEntity login, String code, Instant now) {
        if (login.totpSecret == null || code == null) {
            return false;
        }
        OptionalLong step = Totp.verify(open(login, login.totpSecret), code, now);
        if (step.isPresent()) {
            if (step.getAsLong() <= login.totpLastStep) {
                return false; // this code (or a later one) was already used: a replay
            }
            login.totpLastStep = step.getAsLong();
            return true;
        }
        String hash = Tokens.hash(normaliseRecoveryCode(code));
        List<RecoveryCodeEntity> matches = em.createQuery("SELECT r FROM RecoveryCodeEntity r WHERE r.loginId = :l"
                + " AND r.codeHash = :h AND r.usedAt IS NULL", RecoveryCodeEntity.class)
                .setParameter("l", login.id).setParameter("h", hash).getResultList();
        if (matches.isEmpty()) {
            return false;
        }
        matches.get(0).usedAt = now;
        return true;
    }

    /** Verifies a first code against a pending secret; answers the step so that it cannot be used again. */
    OptionalLong verifyPending(LoginEntity login, String code, Instant now) {
        return login.totpPendingSecret == null ? OptionalLong.empty()
                : Totp.verify(open(login, login.totpPendingSecret), code, now);
    }

    /** Replaces the login's recovery codes with ten new ones and answers them in clear, to be shown once. */
    List<String> newRecoveryCodes(EntityManager em, String loginId, Instant now) {
        em.createQuery("DELETE FROM RecoveryCodeEntity r WHERE r.loginId = :l").setParameter("l", loginId)
                .executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            code.insert(5, '-');
            RecoveryCodeEntity entity = new RecoveryCodeEntity();
            entity.id = Ids.newId();
            entity.loginId = loginId;
            entity.codeHash = Tokens.hash(normaliseRecoveryCode(code.toString()));
            entity.createdAt = now;
            em.persist(entity);
            codes.add(code.toString());
        }
        em.flush();
        return codes;
    }

    static int recoveryCodesLeft(EntityManager em, String loginId) {
        return em.createQuery("SELECT COUNT(r) FROM RecoveryCodeEntity r WHERE r.loginId = :l AND r.usedAt IS NULL",
                Long.class).setParameter("l", loginId).getSingleResult().intValue();
    }

    static void forget(EntityManager em, LoginEntity login) {
        em.createQuery("DELETE FROM RecoveryCodeEntity r WHERE r.loginId = :l").setParameter("l", login.id)
                .executeUpdate();
        login.totpSecret = null;
        login.totpPendingSecret = null;
        login.totpEnabledAt = null;
    }

    private static String normaliseRecoveryCode(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The URI as a black-on-white PNG QR code with a quiet zone, six pixels per module. */
    static byte[] qrCode(String uri) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth() * QR_SCALE, matrix.getHeight() * QR_SCALE,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / QR_SCALE, y / QR_SCALE) ? 0xff000000 : 0xffffffff);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("The enrolment QR code could not be drawn", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
