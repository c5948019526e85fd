package org.openpractice.contacts.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;

/** An ordered, editable list of e-mail addresses (ids {@code email-N}, {@code email-remove-N}); the first is used. */
final class EmailRows extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private record Row(HorizontalLayout layout, EmailField address, Button remove) {
    }

    private final List<Row> rows = new ArrayList<>();

    EmailRows() {
        setPadding(false);
        setSpacing(false);
        setId("emails");
    }

    void setAddresses(List<String> addresses) {
        rows.forEach(r -> remove(r.layout()));
        rows.clear();
        addresses.forEach(this::addRow);
    }

    List<String> addresses() {
        return rows.stream().map(r -> r.address().getValue()).toList();
    }

    /** Maps "emails[i]" to its input, for inline errors. */
    void putInputs(Map<String, HasValidation> inputs) {
        for (int i = 0; i < rows.size(); i++) {
            inputs.put("emails[" + i + "]", rows.get(i).address());
        }
    }

    void addRow(String address) {
        EmailField field = new EmailField();
        field.setPlaceholder("name@example.com");
        field.setWidth("22em");
        field.setValue(address == null ? "" : address);
        Button removeButton = new Button(VaadinIcon.TRASH.create());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        removeButton.getElement().setAttribute("aria-label", "Remove address");
        HorizontalLayout layout = new HorizontalLayout(field, removeButton);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, field, removeButton);
        removeButton.addClickListener(e -> {
            rows.remove(row);
            remove(layout);
            renumber();
        });
        rows.add(row);
        add(layout);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).address().setId("email-" + i);
            rows.get(i).remove().setId("email-remove-" + i);
        }
    }
}
