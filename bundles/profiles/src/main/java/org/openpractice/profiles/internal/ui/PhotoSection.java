package org.openpractice.profiles.internal.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

import org.openpractice.platform.DomainException;
import org.openpractice.profiles.PhotoSource;
import org.openpractice.profiles.ProfilePhoto;
import org.openpractice.profiles.ProfilePhotoService;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.MemberPhotos;
import org.openpractice.ui.api.Services;
import org.openpractice.ui.api.SquareCropper;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Receiver;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;

/**
 * A member's profile photo: shown (initials without one), replaced by an uploaded image that the server checks and
 * the browser crops to a square, or removed. The server stores what the browser sends only after decoding it again.
 */
final class PhotoSection extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final String TOO_LARGE = "The photo is larger than 5 MB: upload a smaller image";

    private final String memberId;
    private final Avatar avatar = new Avatar();
    private final UploadBuffer buffer = new UploadBuffer();
    private final Upload upload = new Upload(buffer);
    private final Button remove = new Button("Remove photo", VaadinIcon.TRASH.create(), click -> remove());
    private final Paragraph error = Forms.errorParagraph("photo-error");

    PhotoSection(String memberId, String displayName) {
        this.memberId = memberId;
        setPadding(false);
        setSpacing(false);
        avatar.setId("photo-avatar");
        avatar.setName(displayName);
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        avatar.getStyle().set("width", "96px").set("height", "96px");
        upload.setId("photo-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(ProfilePhotoService.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.setUploadButton(new Button("Upload photo", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop a JPEG, PNG or WebP image of up to 5 MB here"));
        upload.addStartedListener(started -> hideError());
        upload.addSucceededListener(done -> uploaded());
        upload.addFailedListener(failed -> refuse(buffer.tooLarge ? TOO_LARGE
                : "The upload did not complete; try again"));
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                ? TOO_LARGE : "Upload a JPEG, PNG or WebP image"));
        remove.setId("photo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        VerticalLayout controls = new VerticalLayout(upload, remove, error);
        controls.setPadding(false);
        controls.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(avatar, controls);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        add(row);
        show();
    }

    private void show() {
        Optional<ProfilePhoto> photo;
        try {
            photo = Services.call(getClass(), ProfilePhotoService.class, s -> s.photo(memberId));
        } catch (DomainException e) {
            photo = Optional.empty();
            refuse(message(e));
        }
        if (photo.isPresent()) {
            byte[] png = photo.get().png();
            StreamResource image = new StreamResource("photo-" + photo.get().etag() + ".png",
                    () -> new ByteArrayInputStream(png));
            image.setContentType("image/png");
            avatar.setImageResource(image);
        } else {
            avatar.setImage(null);
        }
        remove.setVisible(photo.isPresent());
    }

    private void uploaded() {
        byte[] image = buffer.bytes();
        upload.clearFileList();
        try {
            PhotoSource source = Services.call(getClass(), ProfilePhotoService.class, s -> s.inspect(image));
            openCropper(image, source);
        } catch (DomainException e) {
            refuse(message(e));
        }
    }

    private void openCropper(byte[] image, PhotoSource source) {
        Dialog dialog = new Dialog();
        dialog.setId("photo-crop-dialog");
        dialog.setHeaderTitle("Choose the square to show");
        dialog.setWidth("min(44rem, 96vw)");
        StreamResource original = new StreamResource("upload", () -> new ByteArrayInputStream(image));
        original.setContentType(source.mediaType());
        SquareCropper cropper = new SquareCropper();
        cropper.setId("photo-crop");
        cropper.setOutputSize(ProfilePhotoService.SIZE);
        cropper.setImage(original);
        Paragraph cropError = Forms.errorParagraph("photo-crop-error");
        Button use = new Button("Use photo");
        use.setId("photo-use");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.addClickListener(click -> {
            use.setEnabled(false);
            cropper.crop();
        });
        Button cancel = new Button("Cancel", click -> dialog.close());
        cancel.setId("photo-cancel");
        cropper.addCropListener(cropped -> {
            try {
                Services.call(getClass(), ProfilePhotoService.class,
                        s -> s.setPhoto(memberId, cropped.png(), null));
                dialog.close();
                show();
                MemberPhotos.changed();
                Notification.show("Photo saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException e) {
                Forms.formError(cropError, message(e));
                use.setEnabled(true);
            }
        });
        dialog.add(new Paragraph("Drag the square to move it, or a corner to change its size."), cropper, cropError);
        dialog.getFooter().add(cancel, use);
        dialog.open();
    }

    private void remove() {
        try {
            Services.call(getClass(), ProfilePhotoService.class, s -> {
                s.removePhoto(memberId);
                return null;
            });
            show();
            MemberPhotos.changed();
            Notification.show("Photo removed").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException e) {
            refuse(message(e));
        }
    }

    private void refuse(String message) {
        upload.clearFileList();
        Forms.formError(error, message);
    }

    private void hideError() {
        error.setText("");
        error.setVisible(false);
    }

    /** The photo field's own message ("Upload a JPEG, PNG or WebP image"), else the general one. */
    private static String message(DomainException e) {
        String field = e.fields().get("photo");
        return field != null ? Forms.sentence(field) : e.getMessage();
    }

    /** Keeps one upload in memory, refusing it (the upload fails) as soon as it passes the size limit. */
    private static final class UploadBuffer implements Receiver {
        private static final long serialVersionUID = 1L;
        private ByteArrayOutputStream data = new ByteArrayOutputStream();
        private boolean tooLarge;

        @Override
        public OutputStream receiveUpload(String fileName, String mimeType) {
            data = new ByteArrayOutputStream();
            tooLarge = false;
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    room(1);
                    data.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    room(len);
                    data.write(b, off, len);
                }
            };
        }

        private void room(int more) throws IOException {
            if (data.size() + (long) more > ProfilePhotoService.MAX_BYTES) {
                tooLarge = true;
                throw new IOException("The upload is larger than the limit");
            }
        }

        byte[] bytes() {
            return data.toByteArray();
        }
    }
}
