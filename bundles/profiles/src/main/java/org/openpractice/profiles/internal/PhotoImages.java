package org.openpractice.profiles.internal;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.openpractice.platform.ValidationException;
import org.openpractice.profiles.PhotoCrop;
import org.openpractice.profiles.PhotoSource;
import org.openpractice.profiles.ProfilePhotoService;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Reads an uploaded photo without trusting it and makes the stored form: the chosen square, scaled to
 * {@link ProfilePhotoService#SIZE} pixels and written as a fresh PNG (no metadata survives). The type comes from the
 * first bytes; the dimensions come from the header and are checked before any pixel is decoded, and the decoder only
 * ever produces the cropped square, sub-sampled to at most about a thousand pixels a side, so a small file that
 * claims a huge picture cannot exhaust memory. A JPEG's EXIF orientation is honoured: sizes and crops are as the
 * photo is displayed, and the stored square is upright.
 */
final class PhotoImages {
    static final String FIELD = "photo";
    static final String WRONG_TYPE = "Upload a JPEG, PNG or WebP image";
    static final int MAX_SIDE = 8000;
    static final long MAX_PIXELS = 40_000_000L;
    /**
     * The WebP decoder holds its whole frame in memory (about 25 bytes a pixel for lossy images), so the server
     * decodes WebP only up to this size; browsers crop larger ones themselves and send the square as PNG.
     */
    static final long MAX_WEBP_PIXELS = 4_194_304L;
    /** Decoding sub-samples the square to at most twice this side before the final smooth scaling. */
    private static final int DECODE_SIDE = 2 * ProfilePhotoService.SIZE;

    /** The image types accepted, each recognised by its signature. */
    enum Format {
        JPEG("image/jpeg"),
        PNG("image/png"),
        WEBP("image/webp");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private PhotoImages() {
    }

    /** The type of {@code data} by its signature; null for anything else. */
    static Format sniff(byte[] data) {
        if (data == null) {
            return null;
        }
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P', 'V', 'P', '8')) {
            return Format.WEBP;
        }
        return null;
    }

    /** Checks size, type and dimensions; answers what the upload is. */
    static PhotoSource inspect(byte[] data) {
        Format format = accepted(data);
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkDimensions(width, height);
            boolean turned = orientation(format, data).swapsSides();
            return new PhotoSource(format.mediaType, turned ? height : width, turned ? width : height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw damaged();
        } finally {
            reader.dispose();
        }
    }

    /** The stored form of {@code data}: the square {@code crop} (null: the largest centred one) as a PNG. */
    static byte[] storedPng(byte[] data, PhotoCrop crop) {
        Format format = accepted(data);
        ImageReader reader = reader(format);
        BufferedImage square;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkDimensions(width, height);
            if (format == Format.WEBP && (long) width * height > MAX_WEBP_PIXELS) {
                throw ValidationException.of(FIELD, "is a WebP image of more than 4 megapixels: send a smaller one,"
                        + " or a JPEG or PNG");
            }
            Orientation orientation = orientation(format, data);
            Rectangle shown = orientation.swapsSides() ? region(crop, height, width) : region(crop, width, height);
            Rectangle region = orientation.stored(shown, width, height);
            if (format == Format.WEBP) {
                // its lossless decoder misplaces source regions; whole images are within the WebP limit anyway
                square = reader.read(0).getSubimage(region.x, region.y, region.width, region.height);
            } else {
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(region);
                int step = Math.max(1, region.width / DECODE_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                square = orientation.upright(reader.read(0, param));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw damaged();
        } finally {
            reader.dispose();
        }
        return png(scaled(square, ProfilePhotoService.SIZE));
    }

    /** How a JPEG is turned for display (its EXIF orientation); other types are stored upright. */
    private static Orientation orientation(Format format, byte[] data) {
        return format == Format.JPEG ? Orientation.ofJpeg(data) : Orientation.NORMAL;
    }

    private static Format accepted(byte[] data) {
        if (data == null || data.length == 0) {
            throw ValidationException.of(FIELD, "is required: " + WRONG_TYPE);
        }
        if (data.length > ProfilePhotoService.MAX_BYTES) {
            throw ValidationException.of(FIELD, "is larger than 5 MB: upload a smaller image");
        }
        Format format = sniff(data);
        if (format == null) {
            throw ValidationException.of(FIELD, WRONG_TYPE);
        }
        return format;
    }

    private static void checkDimensions(int width, int height) {
        if (width < 1 || height < 1) {
            throw damaged();
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw ValidationException.of(FIELD, String.format(Locale.ROOT, "is %d×%d pixels: the most is %d pixels"
                    + " a side and 40 megapixels in all", width, height, MAX_SIDE));
        }
    }

    /** The square to decode: {@code crop} when it lies inside the image, else a failure on "crop". */
    static Rectangle region(PhotoCrop crop, int width, int height) {
        if (crop == null) {
            int side = Math.min(width, height);
            return new Rectangle((width - side) / 2, (height - side) / 2, side, side);
        }
        if (crop.size() < 1 || crop.x() < 0 || crop.y() < 0 || (long) crop.x() + crop.size() > width
                || (long) crop.y() + crop.size() > height) {
            throw ValidationException.of("crop", String.format(Locale.ROOT, "must be a square inside the image"
                    + " (%d×%d pixels): x and y from 0, size at least 1, x + size and y + size within the image",
                    width, height));
        }
        return new Rectangle(crop.x(), crop.y(), crop.size(), crop.size());
    }

    private static ImageReader reader(Format format) {
        if (format == Format.WEBP) {
            // made directly: the ImageIO registry cannot see plug-ins that live inside a bundle
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new IllegalStateException("The WebP reader cannot be created", e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("This Java runtime has no " + format + " reader");
        }
        return readers.next();
    }

    /** Scales in halving steps, then once to the final size, so large squares do not alias. */
    static BufferedImage scaled(BufferedImage source, int side) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= side ? w / 2 : side;
            h = h / 2 >= side ? h / 2 : side;
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != side || h != side);
        return current;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("This Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing a PNG to memory failed", e);
        }
        return out.toByteArray();
    }

    private static ValidationException damaged() {
        return ValidationException.of(FIELD, "cannot be read: the file is damaged or not really a JPEG, PNG or WebP"
                + " image");
    }

    private static boolean startsWith(byte[] data, int offset, int... signature) {
        if (data.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((data[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
