package org.openpractice.profiles.internal;

import java.util.Optional;

import org.openpractice.ui.api.MemberPhotos;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gives the application frame the signed-in member's photo; only used when the UI is installed. */
@Component(service = MemberPhotos.class)
public class HeaderPhotos implements MemberPhotos {
    private final ProfilePhotos photos;

    @Activate
    public HeaderPhotos(@Reference ProfilePhotos photos) {
        this.photos = photos;
    }

    @Override
    public Optional<Photo> photo(String accountId, String memberId) {
        return photos.stored(accountId, memberId).map(p -> new Photo(p.png(), p.etag()));
    }
}
