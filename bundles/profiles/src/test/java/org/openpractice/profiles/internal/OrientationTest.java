package org.openpractice.profiles.internal;

import static org.junit.Assert.assertEquals;

import java.awt.Rectangle;
import java.io.IOException;
import java.util.Arrays;

import org.junit.Test;

/** The EXIF orientation is read from untrusted bytes without failing, and maps display onto stored pixels. */
public class OrientationTest {
    @Test
    public void everyDeclaredOrientationIsRead() throws IOException {
        byte[] jpeg = PhotoImagesTest.halves("jpg");
        assertEquals(Orientation.NORMAL, Orientation.ofJpeg(jpeg));
        for (int value = 1; value <= 8; value++) {
            assertEquals(Orientation.values()[value - 1],
                    Orientation.ofJpeg(PhotoImagesTest.withExifOrientation(jpeg, value, value % 2 == 0)));
        }
        assertEquals("out of range", Orientation.NORMAL,
                Orientation.ofJpeg(PhotoImagesTest.withExifOrientation(jpeg, 9, true)));
    }

    @Test
    public void aDamagedOrCutBlockIsIgnored() throws IOException {
        byte[] tagged = PhotoImagesTest.withExifOrientation(PhotoImagesTest.halves("jpg"), 6, true);
        for (int cut = 3; cut < 38; cut++) { // the block spans bytes 2 to 37
            assertEquals(Orientation.NORMAL, Orientation.ofJpeg(Arrays.copyOf(tagged, cut)));
        }
        byte[] badOffset = tagged.clone();
        badOffset[16] = (byte) 0xF0; // the first directory's offset (bytes 16-19) now points past the block
        assertEquals(Orientation.NORMAL, Orientation.ofJpeg(badOffset));
        byte[] badLength = tagged.clone();
        badLength[4] = (byte) 0x7F; // the block claims more bytes than the file has
        assertEquals(Orientation.NORMAL, Orientation.ofJpeg(badLength));
    }

    @Test
    public void displayedRegionsMapOntoStoredPixels() {
        // stored 300×200; a quarter turn clockwise shows 200×300 whose top-left corner is stored bottom-left
        assertEquals(new Rectangle(0, 150, 50, 50), Orientation.ROTATE_90.stored(new Rectangle(0, 0, 50, 50), 300, 200));
        assertEquals(new Rectangle(250, 0, 50, 50),
                Orientation.ROTATE_270.stored(new Rectangle(0, 0, 50, 50), 300, 200));
        assertEquals(new Rectangle(250, 150, 50, 50),
                Orientation.ROTATE_180.stored(new Rectangle(0, 0, 50, 50), 300, 200));
        assertEquals(new Rectangle(10, 20, 30, 30), Orientation.NORMAL.stored(new Rectangle(10, 20, 30, 30), 300, 200));
        for (Orientation o : Orientation.values()) {
            Rectangle all = o.swapsSides() ? new Rectangle(0, 0, 200, 300) : new Rectangle(0, 0, 300, 200);
            assertEquals(o + " covers the whole image", new Rectangle(0, 0, 300, 200), o.stored(all, 300, 200));
        }
    }
}
