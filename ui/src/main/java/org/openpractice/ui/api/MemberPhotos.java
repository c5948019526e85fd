package org.openpractice.ui.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Members' photos for the application frame, offered as an OSGi service by the module that keeps them. Without such
 * a module the frame shows initials.
 */
@ConsumerType
public interface MemberPhotos {
    /** A photo as the frame shows it: a small square PNG, and a tag that changes whenever the picture does. */
    record Photo(byte[] png, String etag) {
    }

    /** The photo of the member {@code memberId} of {@code accountId}; empty when they have none. */
    Optional<Photo> photo(String accountId, String memberId);

    /** Fired on the {@link UI} after a photo changed there, so the frame shows the new one without a reload. */
    final class Changed extends ComponentEvent<UI> {
        private static final long serialVersionUID = 1L;

        public Changed(UI ui) {
            super(ui, false);
        }
    }

    /** Tells the current UI's frame that a photo changed. */
    static void changed() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }
}
