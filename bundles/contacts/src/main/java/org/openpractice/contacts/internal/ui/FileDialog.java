package org.openpractice.contacts.internal.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.openpractice.contacts.ContactFile;
import org.openpractice.contacts.ContactFileService;
import org.openpractice.contacts.FileDetails;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Changes a stored file's name, category, date and description; deleting starts here too. */
final class FileDialog extends Dialog {
    private static final long serialVersionUID = 1L;
    private final String contactId;
    private final ContactFile file;
    private final Consumer<ContactFile> onSaved;
    private final TextField name = new TextField("Name");
    private final ComboBox<String> category = new ComboBox<>("Category");
    private final DatePicker date = new DatePicker("Date");
    private final TextArea description = new TextArea("Description");
    private final Paragraph formError = Forms.errorParagraph("file-form-error");
    private final List<String> categories;

    FileDialog(String contactId, ContactFile file, List<String> categories, Consumer<ContactFile> onSaved,
            Runnable onDelete) {
        this.contactId = contactId;
        this.file = file;
        this.onSaved = onSaved;
        this.categories = new ArrayList<>(categories);
        setHeaderTitle("Edit file");
        setWidth("min(36rem, 95vw)");
        name.setId("file-name");
        name.setValue(file.name());
        category.setId("file-category");
        category.setAllowCustomValue(true);
        category.setItems(this.categories);
        category.addCustomValueSetListener(e -> {
            String value = e.getDetail() == null ? "" : e.getDetail().strip();
            if (!value.isEmpty() && !this.categories.contains(value)) {
                this.categories.add(value);
                category.setItems(this.categories);
            }
            category.setValue(value.isEmpty() ? null : value);
        });
        category.setValue(file.category());
        date.setId("file-date");
        date.setLocale(Locale.US);
        date.setValue(file.date());
        description.setId("file-description");
        description.setMaxLength(2000);
        description.setValue(ContactText.orEmpty(file.description()));
        FormLayout form = new FormLayout(name, category, date, description);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        add(formError, form);

        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> {
            close();
            onDelete.run();
        });
        delete.setId("file-dialog-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        Button cancel = new Button("Cancel", e -> close());
        Button save = new Button("Save", e -> save());
        save.setId("file-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(delete, spacer, cancel, save);
    }

    private Map<String, HasValidation> inputs() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("category", category);
        m.put("date", date);
        m.put("description", description);
        return m;
    }

    private void save() {
        Forms.clear(inputs().values(), formError);
        FileDetails details = new FileDetails(name.getValue(), category.getValue(), date.getValue(),
                description.getValue(), file.version());
        try {
            ContactFile saved = Services.call(getClass(), ContactFileService.class,
                    s -> s.update(contactId, file.id(), details));
            close();
            onSaved.accept(saved);
        } catch (DomainException e) {
            Forms.show(e, inputs(), formError);
        }
    }
}
