package org.openpractice.profiles;

/** The square of an uploaded image to keep as the photo: its top-left corner and side, in the image's pixels. */
public record PhotoCrop(int x, int y, int size) {
}
