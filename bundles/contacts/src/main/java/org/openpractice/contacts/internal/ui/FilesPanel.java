package org.openpractice.contacts.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.openpractice.contacts.ContactFile;
import org.openpractice.contacts.ContactFileService;
import org.openpractice.contacts.FileCategory;
import org.openpractice.contacts.FileDetails;
import org.openpractice.contacts.internal.FileTypes;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;

/**
 * The files on a contact's file: several at once by button or drag and drop, each scanned for viruses by the contacts
 * service before it is stored (an infected file, or any file while the scanner is down, is refused and named); the
 * stored files grouped by category, each downloadable, editable (name, category, date, description) and deletable.
 */
final class FilesPanel extends Div {
    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_CATEGORY = "General";
    /** Uploads are held in memory until scanned; larger files are refused before they fill it. */
    private static final int MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
    private final String contactId;
    private final UploadBuffer buffer = new UploadBuffer(MAX_UPLOAD_BYTES);
    private final Upload upload = new Upload(buffer);
    private final ComboBox<String> category = new ComboBox<>("Category for new files");
    private final Div errors = new Div();
    private final Div list = new Div();
    private final List<String> stored = new ArrayList<>();
    private List<String> categories = List.of();
    private boolean batchStarted;

    FilesPanel(String contactId) {
        this.contactId = contactId;
        category.setId("files-category");
        category.setPlaceholder(DEFAULT_CATEGORY);
        category.setAllowCustomValue(true);
        category.setClearButtonVisible(true);
        category.addCustomValueSetListener(e -> category.setValue(addCategory(e.getDetail())));
        upload.setId("files-upload");
        upload.setDropAllowed(true);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setWidthFull();
        upload.addStartedListener(e -> startBatch());
        upload.addSucceededListener(e -> store(e.getFileName()));
        upload.addFailedListener(e -> {
            buffer.discard(e.getFileName());
            refused(e.getFileName() + ": the upload did not finish, so the file was not stored; try again.");
        });
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> finishBatch());
        errors.setId("files-errors");
        errors.addClassName("op-form-error");
        errors.setVisible(false);
        list.setId("files-list");
        list.setWidthFull();
        Paragraph help = new Paragraph("Choose several files at once or drop them here. Each file is scanned for"
                + " viruses before it is stored.");
        help.addClassNames("op-muted", "op-field-help");
        add(Panels.card("Files", help, category, upload, errors, list));
        refresh();
    }

    private void startBatch() {
        if (!batchStarted) {
            batchStarted = true;
            errors.removeAll();
            errors.setVisible(false);
            stored.clear();
        }
    }

    private void store(String fileName) {
        FileDetails details = new FileDetails(fileName, category.getValue(), null, null, null);
        try (InputStream content = buffer.take(fileName)) {
            ContactFile file = Services.call(getClass(), ContactFileService.class,
                    s -> s.upload(contactId, details, content));
            stored.add(file.name());
        } catch (DomainException e) {
            refused(ContactText.refusal(fileName, e));
        } catch (IOException e) {
            refused(fileName + ": the file could not be read; try again.");
        }
    }

    private void refused(String message) {
        Paragraph line = new Paragraph(message);
        line.setId("files-error-" + errors.getComponentCount());
        line.getStyle().set("margin", "0");
        errors.add(line);
        errors.setVisible(true);
    }

    private void finishBatch() {
        batchStarted = false;
        upload.clearFileList();
        if (!stored.isEmpty()) {
            String what = stored.size() == 1 ? stored.get(0) + " is stored" : stored.size() + " files are stored";
            Notification.show(what).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<FileCategory> groups;
        try {
            groups = Services.call(getClass(), ContactFileService.class, s -> s.files(contactId));
        } catch (DomainException e) {
            list.add(new Paragraph(e.getMessage()));
            return;
        }
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.add(DEFAULT_CATEGORY);
        if (category.getValue() != null) {
            names.add(category.getValue());
        }
        groups.forEach(g -> names.add(g.category()));
        categories = List.copyOf(names);
        String chosen = category.getValue();
        category.setItems(categories);
        category.setValue(chosen);
        if (groups.isEmpty()) {
            Div none = Panels.empty(VaadinIcon.FILE_O, "No files yet",
                    "Referral letters, reports and forms about this contact are kept here.");
            none.setId("files-empty");
            list.add(none);
            return;
        }
        int n = 0;
        for (FileCategory group : groups) {
            H3 heading = new H3(group.category());
            heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin",
                    "var(--lumo-space-m) 0 var(--lumo-space-xs)");
            list.add(heading);
            for (ContactFile file : group.files()) {
                list.add(row(file, n++));
            }
        }
    }

    private Div row(ContactFile file, int n) {
        Anchor download = new Anchor(resource(file), file.name());
        download.setId("file-download-" + n);
        download.getElement().setAttribute("download", true);
        Span when = new Span(ContactText.date(file.date()) + " \u00b7 " + ContactText.size(file.size()));
        when.addClassName("op-muted");
        Div text = new Div(download, new Span(" "), when);
        if (file.description() != null) {
            Paragraph description = new Paragraph(file.description());
            description.addClassName("op-muted");
            description.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            text.add(description);
        }
        text.getStyle().set("flex", "1");
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> edit(file));
        edit.setId("file-edit-" + n);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete(file));
        delete.setId("file-delete-" + n);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div row = new Div(VaadinIcon.FILE_TEXT_O.create(), text, edit, delete);
        row.setId("file-" + n);
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    /** The stored bytes, read when the browser asks for them, as the member then signed in. */
    private StreamResource resource(ContactFile file) {
        String fileId = file.id();
        StreamResource resource = new StreamResource(FileTypes.downloadName(file.name(), file.contentType()),
                () -> Services.call(FilesPanel.class, ContactFileService.class, s -> s.content(contactId, fileId))
                        .stream());
        resource.setContentType(file.contentType());
        return resource;
    }

    private void edit(ContactFile file) {
        new FileDialog(contactId, file, categories, saved -> {
            Notification.show(saved.name() + " saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }, () -> confirmDelete(file)).open();
    }

    private void confirmDelete(ContactFile file) {
        Panels.confirm("Delete " + file.name() + "?", "The file is removed from this contact's file for good.",
                "Delete", "file-delete-confirm", () -> {
                    try {
                        Services.call(getClass(), ContactFileService.class, s -> {
                            s.delete(contactId, file.id());
                            return null;
                        });
                        Notification.show(file.name() + " deleted");
                    } catch (DomainException e) {
                        Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
    }

    private String addCategory(String value) {
        String name = value == null ? null : value.strip();
        if (name == null || name.isEmpty()) {
            return null;
        }
        for (String existing : categories) {
            if (existing.equalsIgnoreCase(name)) {
                return existing;
            }
        }
        List<String> more = new ArrayList<>(categories);
        more.add(name);
        categories = List.copyOf(more);
        category.setItems(categories);
        return name;
    }
}
