package org.openpractice.profiles.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.Test;
import org.openpractice.platform.ValidationException;
import org.openpractice.profiles.PhotoCrop;
import org.openpractice.profiles.PhotoSource;
import org.openpractice.profiles.ProfilePhotoService;

/** Uploads are recognised by content, checked before decoding, cropped where asked, and stored as a fresh PNG. */
public class PhotoImagesTest {
    private static final Color RED = new Color(220, 20, 20);
    private static final Color BLUE = new Color(20, 20, 220);

    /** 300×200: the left half red, the right half blue. */
    static byte[] halves(String format) throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, 150, 200);
        g.setColor(BLUE);
        g.fillRect(150, 0, 150, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = PhotoImagesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    public void theTypeComesFromTheContent() throws IOException {
        assertEquals(PhotoImages.Format.JPEG, PhotoImages.sniff(halves("jpg")));
        assertEquals(PhotoImages.Format.PNG, PhotoImages.sniff(halves("png")));
        assertEquals(PhotoImages.Format.WEBP, PhotoImages.sniff(resource("halves-300x200.webp")));
        assertEquals(PhotoImages.Format.WEBP, PhotoImages.sniff(resource("halves-300x200-lossless.webp")));
        assertNull(PhotoImages.sniff(halves("gif")));
        assertNull(PhotoImages.sniff(halves("bmp")));
        assertNull(PhotoImages.sniff("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
        assertNull(PhotoImages.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertNull("a RIFF file that is not WebP", PhotoImages.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(
                StandardCharsets.US_ASCII)));
        assertNull(PhotoImages.sniff(new byte[0]));
    }

    @Test
    public void aPngNamedLikeAJpegIsReadAsPng() throws IOException {
        byte[] uploadedAsPhotoJpg = halves("png");
        PhotoSource source = PhotoImages.inspect(uploadedAsPhotoJpg);
        assertEquals("image/png", source.mediaType());
        assertEquals(300, source.width());
        assertEquals(200, source.height());
        assertEquals("image/jpeg", PhotoImages.inspect(halves("jpg")).mediaType());
        assertEquals("image/webp", PhotoImages.inspect(resource("halves-300x200.webp")).mediaType());
    }

    @Test
    public void otherTypesAreRefusedOnThePhotoField() throws IOException {
        for (byte[] other : new byte[][] {halves("gif"), halves("bmp"), "GIF89a".getBytes(StandardCharsets.US_ASCII),
            "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> PhotoImages.inspect(other));
            assertEquals("Upload a JPEG, PNG or WebP image", e.fields().get("photo"));
            e = assertThrows(ValidationException.class, () -> PhotoImages.storedPng(other, null));
            assertEquals("Upload a JPEG, PNG or WebP image", e.fields().get("photo"));
        }
        assertTrue(assertThrows(ValidationException.class, () -> PhotoImages.inspect(new byte[0])).fields()
                .containsKey("photo"));
    }

    @Test
    public void aDamagedImageIsRefused() throws IOException {
        byte[] png = halves("png");
        byte[] truncated = Arrays.copyOf(png, 60);
        ValidationException e = assertThrows(ValidationException.class, () -> PhotoImages.storedPng(truncated, null));
        assertTrue(e.fields().get("photo"), e.fields().get("photo").contains("cannot be read"));
        byte[] fakeJpeg = new byte[2000];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        e = assertThrows(ValidationException.class, () -> PhotoImages.storedPng(fakeJpeg, null));
        assertTrue(e.fields().get("photo").contains("cannot be read"));
    }

    @Test
    public void moreThanFiveMegabytesIsRefusedBeforeReading() throws IOException {
        byte[] png = halves("png");
        byte[] large = Arrays.copyOf(png, ProfilePhotoService.MAX_BYTES + 1);
        ValidationException e = assertThrows(ValidationException.class, () -> PhotoImages.inspect(large));
        assertTrue(e.fields().get("photo"), e.fields().get("photo").contains("larger than 5 MB"));
        byte[] justFits = Arrays.copyOf(png, ProfilePhotoService.MAX_BYTES);
        assertEquals("trailing bytes after the image do not matter", 300, PhotoImages.inspect(justFits).width());
    }

    @Test
    public void aSmallFileClaimingAHugePictureIsRefusedFromItsHeader() {
        for (int[] size : new int[][] {{100_000, 100_000}, {8001, 10}, {10, 8001}, {7000, 7000}}) {
            byte[] bomb = pngClaiming(size[0], size[1]);
            assertTrue(bomb.length < 200);
            ValidationException e = assertThrows(ValidationException.class, () -> PhotoImages.inspect(bomb));
            assertTrue(e.fields().get("photo"), e.fields().get("photo").contains(size[0] + "×" + size[1]));
            assertThrows(ValidationException.class, () -> PhotoImages.storedPng(bomb, null));
        }
        assertEquals("within the limits, the header alone is read", 8000,
                PhotoImages.inspect(pngClaiming(8000, 5000)).width());
    }

    @Test
    public void largeWebPIsAcceptedForBrowserCroppingButNotDecodedHere() {
        byte[] webp = webpClaiming(3000, 3000);
        PhotoSource source = PhotoImages.inspect(webp);
        assertEquals("image/webp", source.mediaType());
        assertEquals(3000, source.width());
        ValidationException e = assertThrows(ValidationException.class, () -> PhotoImages.storedPng(webp, null));
        assertTrue(e.fields().get("photo"), e.fields().get("photo").contains("4 megapixels"));
    }

    @Test
    public void aCropOutsideTheImageIsRefused() throws IOException {
        byte[] png = halves("png");
        for (PhotoCrop crop : new PhotoCrop[] {new PhotoCrop(-1, 0, 100), new PhotoCrop(0, -1, 100),
            new PhotoCrop(0, 0, 0), new PhotoCrop(101, 0, 200), new PhotoCrop(0, 1, 200), new PhotoCrop(250, 150, 60),
            new PhotoCrop(Integer.MAX_VALUE, 0, Integer.MAX_VALUE)}) {
            ValidationException e = assertThrows(crop.toString(), ValidationException.class,
                    () -> PhotoImages.storedPng(png, crop));
            assertTrue(e.fields().get("crop"), e.fields().get("crop").contains("300×200"));
        }
    }

    @Test
    public void theStoredFormIsTheChosenSquareAsA256PixelPng() throws IOException {
        for (String format : new String[] {"png", "jpg"}) {
            byte[] source = halves(format);
            BufferedImage left = read(PhotoImages.storedPng(source, new PhotoCrop(0, 0, 150)));
            assertEquals(256, left.getWidth());
            assertEquals(256, left.getHeight());
            assertColour(RED, left.getRGB(10, 10));
            assertColour(RED, left.getRGB(245, 245));
            BufferedImage right = read(PhotoImages.storedPng(source, new PhotoCrop(150, 50, 150)));
            assertColour(BLUE, right.getRGB(10, 10));
            assertColour(BLUE, right.getRGB(245, 245));
            BufferedImage centred = read(PhotoImages.storedPng(source, null));
            assertColour(RED, centred.getRGB(20, 128));
            assertColour(BLUE, centred.getRGB(236, 128));
        }
    }

    @Test
    public void aPhoneJpegIsMeasuredCroppedAndStoredAsItIsDisplayed() throws IOException {
        // stored 300×200, left red and right blue; orientation 6 shows it turned a quarter clockwise: 200×300,
        // red above blue
        for (boolean littleEndian : new boolean[] {true, false}) {
            byte[] phone = withExifOrientation(halves("jpg"), 6, littleEndian);
            PhotoSource source = PhotoImages.inspect(phone);
            assertEquals(200, source.width());
            assertEquals(300, source.height());
            BufferedImage centred = read(PhotoImages.storedPng(phone, null));
            assertColour(RED, centred.getRGB(128, 20));
            assertColour(BLUE, centred.getRGB(128, 236));
            assertColour(RED, read(PhotoImages.storedPng(phone, new PhotoCrop(0, 0, 150))).getRGB(128, 128));
            assertColour(BLUE, read(PhotoImages.storedPng(phone, new PhotoCrop(50, 150, 150))).getRGB(128, 128));
            ValidationException e = assertThrows(ValidationException.class,
                    () -> PhotoImages.storedPng(phone, new PhotoCrop(60, 0, 150)));
            assertTrue("crops are in displayed coordinates", e.fields().get("crop").contains("200×300"));
        }
        BufferedImage anticlockwise = read(PhotoImages.storedPng(withExifOrientation(halves("jpg"), 8, true), null));
        assertColour(BLUE, anticlockwise.getRGB(128, 20));
        assertColour(RED, anticlockwise.getRGB(128, 236));
        BufferedImage turned = read(PhotoImages.storedPng(withExifOrientation(halves("jpg"), 3, false), null));
        assertColour(BLUE, turned.getRGB(20, 128));
        assertColour(RED, turned.getRGB(236, 128));
        BufferedImage mirrored = read(PhotoImages.storedPng(withExifOrientation(halves("jpg"), 2, true), null));
        assertColour(BLUE, mirrored.getRGB(20, 128));
        assertColour(RED, mirrored.getRGB(236, 128));
    }

    @Test
    public void webPIsDecodedByTheEmbeddedReader() throws IOException {
        for (String name : new String[] {"halves-300x200.webp", "halves-300x200-lossless.webp"}) {
            BufferedImage stored = read(PhotoImages.storedPng(resource(name), new PhotoCrop(160, 20, 120)));
            assertEquals(256, stored.getWidth());
            assertEquals(256, stored.getHeight());
            assertColour(BLUE, stored.getRGB(128, 128));
        }
    }

    @Test
    public void largeSquaresAreScaledDownAndSmallOnesUp() throws IOException {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(big, "jpg", out);
        assertEquals(256, read(PhotoImages.storedPng(out.toByteArray(), new PhotoCrop(100, 100, 2900))).getWidth());
        assertEquals(256, read(PhotoImages.storedPng(halves("png"), new PhotoCrop(0, 0, 10))).getHeight());
    }

    @Test
    public void nothingOfTheUploadedFileIsKept() throws IOException {
        byte[] tagged = withTextChunk(halves("png"), "Comment", "taken at 12 Elm Street");
        assertTrue(new String(tagged, StandardCharsets.ISO_8859_1).contains("12 Elm Street"));
        byte[] stored = PhotoImages.storedPng(tagged, null);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("Elm Street"));
        assertArrayEquals("a PNG", Arrays.copyOf(halves("png"), 8), Arrays.copyOf(stored, 8));
    }

    private static BufferedImage read(byte[] png) throws IOException {
        assertEquals(PhotoImages.Format.PNG, PhotoImages.sniff(png));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static void assertColour(Color expected, int argb) {
        Color actual = new Color(argb);
        assertTrue(expected + " vs " + actual, Math.abs(expected.getRed() - actual.getRed()) < 24
                && Math.abs(expected.getGreen() - actual.getGreen()) < 24
                && Math.abs(expected.getBlue() - actual.getBlue()) < 24);
    }

    /**
     * {@code jpeg} with an EXIF block right after its start-of-image marker that declares {@code orientation}, in
     * Intel ("II") or Motorola ("MM") byte order, as phones write it.
     */
    static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42)
                .putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG signature and header claiming {@code width}×{@code height}, then a few bytes of pixel data. */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0x00, 0x00});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** An extended WebP header (VP8X) claiming a canvas of {@code width}×{@code height}. */
    static byte[] webpClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(30 + 18).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(b.capacity() - 8);
        b.put("WEBPVP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        b.put("VP8 ".getBytes(StandardCharsets.US_ASCII)).putInt(10);
        return b.array();
    }

    private static byte[] withTextChunk(byte[] png, String key, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        byte[] data = (key + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        chunk(out, "tEXt", data);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
