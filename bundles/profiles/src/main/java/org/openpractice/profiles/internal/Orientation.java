package org.openpractice.profiles.internal;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (TIFF tag 274): how the stored pixels are turned or mirrored for display. Phones
 * store photos as the sensor read them and set this tag, so a photo taken upright may be stored on its side. The
 * server works in display coordinates, as members see the photo: dimensions and crops are given that way and mapped
 * onto the stored pixels, and the decoded square is turned upright before it is stored.
 */
enum Orientation {
    /** 1: stored upright. */
    NORMAL,
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL,
    /** 3: turned half a circle. */
    ROTATE_180,
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL,
    /** 5: mirrored along the top-left to bottom-right diagonal. */
    TRANSPOSE,
    /** 6: to be turned a quarter clockwise for display. */
    ROTATE_90,
    /** 7: mirrored along the other diagonal. */
    TRANSVERSE,
    /** 8: to be turned a quarter anticlockwise for display. */
    ROTATE_270;

    private static final int TAG = 0x0112;
    private static final int MAX_IFD_ENTRIES = 1000;

    /** Whether display swaps width and height. */
    boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** Where the displayed pixel (x, y) lies in the stored image of {@code width} × {@code height} pixels. */
    int[] stored(int x, int y, int width, int height) {
        return switch (this) {
            case NORMAL -> new int[] {x, y};
            case MIRROR_HORIZONTAL -> new int[] {width - 1 - x, y};
            case ROTATE_180 -> new int[] {width - 1 - x, height - 1 - y};
            case MIRROR_VERTICAL -> new int[] {x, height - 1 - y};
            case TRANSPOSE -> new int[] {y, x};
            case ROTATE_90 -> new int[] {y, height - 1 - x};
            case TRANSVERSE -> new int[] {width - 1 - y, height - 1 - x};
            case ROTATE_270 -> new int[] {width - 1 - y, x};
        };
    }

    /** The stored region showing the displayed {@code region} of an image stored as {@code width} × {@code height}. */
    Rectangle stored(Rectangle region, int width, int height) {
        int[] a = stored(region.x, region.y, width, height);
        int[] b = stored(region.x + region.width - 1, region.y + region.height - 1, width, height);
        int x = Math.min(a[0], b[0]);
        int y = Math.min(a[1], b[1]);
        return new Rectangle(x, y, Math.abs(a[0] - b[0]) + 1, Math.abs(a[1] - b[1]) + 1);
    }

    /** {@code square}, decoded from the stored pixels, as it is displayed. */
    BufferedImage upright(BufferedImage square) {
        if (this == NORMAL) {
            return square;
        }
        int w = square.getWidth();
        int h = square.getHeight();
        int shownWidth = swapsSides() ? h : w;
        int shownHeight = swapsSides() ? w : h;
        int type = square.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage shown = new BufferedImage(shownWidth, shownHeight, type);
        for (int y = 0; y < shownHeight; y++) {
            for (int x = 0; x < shownWidth; x++) {
                int[] from = stored(x, y, w, h);
                shown.setRGB(x, y, square.getRGB(from[0], from[1]));
            }
        }
        return shown;
    }

    /**
     * The orientation a JPEG declares in its EXIF block, {@link #NORMAL} when it declares none or the block cannot be
     * read (the bytes are untrusted: every offset is checked, and a damaged block is ignored, not trusted).
     */
    static Orientation ofJpeg(byte[] data) {
        int at = 2; // after the start-of-image marker
        while (at + 4 <= data.length && (data[at] & 0xFF) == 0xFF) {
            int marker = data[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break; // image data follows: no metadata after this
            }
            int length = u16(data, at + 2, false);
            if (length < 2 || at + 2 + length > data.length) {
                break;
            }
            if (marker == 0xE1 && length >= 8 && startsWithExif(data, at + 4)) {
                return ofTiff(data, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    private static boolean startsWithExif(byte[] data, int at) {
        return data[at] == 'E' && data[at + 1] == 'x' && data[at + 2] == 'i' && data[at + 3] == 'f'
                && data[at + 4] == 0 && data[at + 5] == 0;
    }

    /** Reads tag 274 from the first image directory of the TIFF structure in {@code data[start, end)}. */
    private static Orientation ofTiff(byte[] data, int start, int end) {
        if (start + 8 > end) {
            return NORMAL;
        }
        boolean little;
        if (data[start] == 'I' && data[start + 1] == 'I') {
            little = true;
        } else if (data[start] == 'M' && data[start + 1] == 'M') {
            little = false;
        } else {
            return NORMAL;
        }
        if (u16(data, start + 2, little) != 42) {
            return NORMAL;
        }
        long ifd = u32(data, start + 4, little);
        if (ifd < 8 || start + ifd + 2 > end) {
            return NORMAL;
        }
        int directory = start + (int) ifd;
        int entries = u16(data, directory, little);
        if (entries > MAX_IFD_ENTRIES) {
            return NORMAL;
        }
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(data, entry, little) == TAG) {
                int type = u16(data, entry + 2, little);
                int value = type == 3 ? u16(data, entry + 8, little) : -1; // SHORT, stored in the entry itself
                return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] data, int at, boolean little) {
        int a = data[at] & 0xFF;
        int b = data[at + 1] & 0xFF;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] data, int at, boolean little) {
        long high = u16(data, little ? at + 2 : at, little);
        long low = u16(data, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
