package org.openpractice.ui.api;

import java.util.Base64;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.server.AbstractStreamResource;
import com.vaadin.flow.shared.Registration;

/**
 * Lets the user choose a square of an image (move and resize it with mouse, touch or keyboard); {@link #crop()} then
 * has the browser draw that square at the output size and send it back as a PNG ({@link CropEvent}). The browser
 * decodes the image, so any format it can show works; the server must still check the PNG it receives.
 */
@Tag("op-square-crop")
@JsModule("./components/op-square-crop.js")
public class SquareCropper extends Component implements HasSize {
    private static final long serialVersionUID = 1L;
    private static final String PNG_DATA_URL = "data:image/png;base64,";

    public SquareCropper() {
        setOutputSize(256);
    }

    /** Shows the image the resource serves (same origin, so the browser may read its pixels); resets the square. */
    public void setImage(AbstractStreamResource image) {
        getElement().setAttribute("src", image);
    }

    /** Shows the image at {@code url}, e.g. a data URL; it must be same-origin or a data URL. */
    public void setImageUrl(String url) {
        getElement().setAttribute("src", url);
    }

    /** Side of the PNG the browser sends, in pixels (256 unless set). */
    public void setOutputSize(int pixels) {
        getElement().setAttribute("output-size", String.valueOf(pixels));
    }

    /** Asks the browser for the chosen square; the answer arrives as a {@link CropEvent}. */
    public void crop() {
        getElement().callJsFunction("crop");
    }

    public Registration addCropListener(ComponentEventListener<CropEvent> listener) {
        return addListener(CropEvent.class, listener);
    }

    /** The chosen square drawn at the output size, and where it was in the image's own pixels. */
    @DomEvent("op-crop")
    public static class CropEvent extends ComponentEvent<SquareCropper> {
        private static final long serialVersionUID = 1L;
        private final String dataUrl;
        private final int x;
        private final int y;
        private final int size;

        public CropEvent(SquareCropper source, boolean fromClient, @EventData("event.detail.png") String dataUrl,
                @EventData("event.detail.x") int x, @EventData("event.detail.y") int y,
                @EventData("event.detail.size") int size) {
            super(source, fromClient);
            this.dataUrl = dataUrl;
            this.x = x;
            this.y = y;
            this.size = size;
        }

        /** The PNG's bytes as the browser sent them; empty when it sent something else. */
        public byte[] png() {
            if (dataUrl == null || !dataUrl.startsWith(PNG_DATA_URL)) {
                return new byte[0];
            }
            try {
                return Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }

        public int x() {
            return x;
        }

        public int y() {
            return y;
        }

        public int size() {
            return size;
        }
    }
}
