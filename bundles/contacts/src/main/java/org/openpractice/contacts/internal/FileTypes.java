package org.openpractice.contacts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.openpractice.platform.ValidationException;

/**
 * What a file really is, judged from its bytes (magic numbers), never from its name or the uploader's Content-Type.
 * Documents, images, audio and plain text are accepted; executables, scripts, markup and archives are refused.
 */
public final class FileTypes {
    /** An accepted type and the file name extensions that fit it (the first is added when a name has none). */
    record Type(String mime, List<String> extensions) {
        Type(String mime, String... extensions) {
            this(mime, List.of(extensions));
        }
    }

    static final Type PDF = new Type("application/pdf", "pdf");
    static final Type PNG = new Type("image/png", "png");
    static final Type JPEG = new Type("image/jpeg", "jpg", "jpeg");
    static final Type GIF = new Type("image/gif", "gif");
    static final Type TIFF = new Type("image/tiff", "tif", "tiff");
    static final Type WEBP = new Type("image/webp", "webp");
    static final Type HEIC = new Type("image/heic", "heic", "heif");
    static final Type WAV = new Type("audio/wav", "wav");
    static final Type MP3 = new Type("audio/mpeg", "mp3");
    static final Type RTF = new Type("application/rtf", "rtf");
    static final Type TEXT = new Type("text/plain", "txt", "csv", "tsv", "log", "md");
    static final Type DOCX = new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx");
    static final Type XLSX = new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    static final Type PPTX = new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx");
    static final Type ODT = new Type("application/vnd.oasis.opendocument.text", "odt");
    static final Type ODS = new Type("application/vnd.oasis.opendocument.spreadsheet", "ods");
    static final Type ODP = new Type("application/vnd.oasis.opendocument.presentation", "odp");
    /** Word 97–2003, Excel and PowerPoint files share one container format. */
    static final Type MS_OFFICE = new Type("application/vnd.ms-office", "doc", "xls", "ppt", "msg", "dot", "xlt",
            "pps");
    private static final int HEAD = 8192;
    private static final String REFUSED = "This kind of file is not accepted: upload documents (PDF, Word, Excel,"
            + " PowerPoint, OpenDocument, RTF, text), images (PNG, JPEG, GIF, TIFF, WebP, HEIC) or audio (WAV, MP3)";

    private FileTypes() {
    }

    /** The file's type; refuses (400, field "file") what is not accepted, saying why. */
    static Type sniff(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, HEAD);
        }
        head = Arrays.copyOf(head, n);
        Type binary = binary(head);
        if (binary != null) {
            return binary;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return zipBased(file);
        }
        refuseKnown(head);
        if (isText(head)) {
            return text(head);
        }
        throw refuse(REFUSED);
    }

    /** A download name that cannot break the header or pass for another type: the type's extension is enforced. */
    public static String downloadName(String name, String mime) {
        String clean = name == null ? "" : name.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|;]", "_").strip();
        if (clean.isEmpty() || clean.startsWith(".")) {
            clean = "file" + clean;
        }
        Type type = byMime(mime);
        if (type != null) {
            int dot = clean.lastIndexOf('.');
            String ext = dot < 0 ? "" : clean.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!type.extensions().contains(ext)) {
                clean = clean + "." + type.extensions().get(0);
            }
        }
        return clean;
    }

    private static Type byMime(String mime) {
        for (Type t : List.of(PDF, PNG, JPEG, GIF, TIFF, WEBP, HEIC, WAV, MP3, RTF, TEXT, DOCX, XLSX, PPTX, ODT, ODS,
                ODP, MS_OFFICE)) {
            if (t.mime().equals(mime)) {
                return t;
            }
        }
        return null;
    }

    private static Type binary(byte[] h) {
        if (startsWith(h, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(h, 'G', 'I', 'F', '8', '7', 'a') || startsWith(h, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        if (startsWith(h, 'I', 'I', 0x2A, 0x00) || startsWith(h, 'M', 'M', 0x00, 0x2A)) {
            return TIFF;
        }
        if (startsWith(h, 'R', 'I', 'F', 'F') && at(h, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        if (startsWith(h, 'R', 'I', 'F', 'F') && at(h, 8, 'W', 'A', 'V', 'E')) {
            return WAV;
        }
        if (startsWith(h, 'I', 'D', '3') || startsWith(h, 0xFF, 0xFB) || startsWith(h, 0xFF, 0xFA)
                || startsWith(h, 0xFF, 0xF3) || startsWith(h, 0xFF, 0xF2)) {
            return MP3;
        }
        if (at(h, 4, 'f', 't', 'y', 'p') && (at(h, 8, 'h', 'e', 'i', 'c') || at(h, 8, 'h', 'e', 'i', 'x')
                || at(h, 8, 'm', 'i', 'f', '1') || at(h, 8, 'h', 'e', 'i', 'f'))) {
            return HEIC;
        }
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return MS_OFFICE;
        }
        if (startsWith(h, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        return null;
    }

    /** Office Open XML and OpenDocument are ZIP files; any other archive is refused. */
    private static Type zipBased(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String declared;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                for (Type t : List.of(ODT, ODS, ODP)) {
                    if (t.mime().equals(declared)) {
                        return t;
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    String name = e.nextElement().getName();
                    if (name.startsWith("word/")) {
                        return DOCX;
                    }
                    if (name.startsWith("xl/")) {
                        return XLSX;
                    }
                    if (name.startsWith("ppt/")) {
                        return PPTX;
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw refuse("The file looks like a damaged ZIP archive and was not accepted");
        }
        throw refuse("ZIP archives are not accepted: upload the documents inside them one by one");
    }

    private static void refuseKnown(byte[] h) {
        if (startsWith(h, 'M', 'Z')) {
            throw refuse("Programs (Windows executables) are not accepted");
        }
        if (startsWith(h, 0x7F, 'E', 'L', 'F') || startsWith(h, 0xFE, 0xED, 0xFA, 0xCE)
                || startsWith(h, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(h, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(h, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(h, 0xCA, 0xFE, 0xBA, 0xBE)) {
            throw refuse("Programs are not accepted");
        }
        if (startsWith(h, '#', '!')) {
            throw refuse("Scripts are not accepted");
        }
        if (startsWith(h, 0x1F, 0x8B) || startsWith(h, 'R', 'a', 'r', '!') || startsWith(h, '7', 'z', 0xBC, 0xAF)
                || startsWith(h, 'B', 'Z', 'h')) {
            throw refuse("Compressed archives are not accepted: upload the documents inside them one by one");
        }
    }

    private static Type text(byte[] h) {
        String start = new String(h, 0, Math.min(h.length, 512), StandardCharsets.UTF_8).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("\ufeff")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("<")) {
            throw refuse("HTML, SVG and XML files are not accepted: save the document as PDF and upload that");
        }
        return TEXT;
    }

    /** UTF-8 without NUL bytes or control characters other than tab, line breaks and form feed. */
    private static boolean isText(byte[] h) {
        if (h.length == 0) {
            return false;
        }
        for (byte b : h) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // Not the end of input: a character cut at the end of the sniffed head is not an error.
        return !decoder.decode(ByteBuffer.wrap(h), CharBuffer.allocate(h.length), false).isError();
    }

    private static boolean startsWith(byte[] h, int... magic) {
        return at(h, 0, magic);
    }

    private static boolean at(byte[] h, int offset, int... magic) {
        if (h.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ValidationException refuse(String message) {
        return ValidationException.of("file", message);
    }
}
