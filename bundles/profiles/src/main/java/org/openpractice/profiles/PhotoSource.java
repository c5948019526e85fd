package org.openpractice.profiles;

/** What an accepted upload is: its media type as read from the content ("image/jpeg") and its size in pixels. */
public record PhotoSource(String mediaType, int width, int height) {
}
