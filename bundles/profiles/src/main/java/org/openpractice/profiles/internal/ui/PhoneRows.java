package org.openpractice.profiles.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openpractice.profiles.Phone;
import org.openpractice.profiles.PhoneType;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** An ordered, editable list of typed phone numbers: add, remove, move up. */
final class PhoneRows extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private record Row(HorizontalLayout layout, Select<PhoneType> type, TextField number) {
    }

    private final List<Row> rows = new ArrayList<>();

    PhoneRows() {
        setPadding(false);
        setSpacing(false);
        setId("phones");
    }

    void setPhones(List<Phone> phones) {
        rows.forEach(r -> remove(r.layout()));
        rows.clear();
        phones.forEach(p -> addRow(p.type(), p.display() == null ? p.number() : p.display()));
    }

    List<Phone> phones() {
        return rows.stream().map(r -> new Phone(r.type().getValue(), r.number().getValue(), null)).toList();
    }

    /** Maps "phones[i].number" and "phones[i].type" to their inputs, for inline errors. */
    void putInputs(Map<String, HasValidation> inputs) {
        for (int i = 0; i < rows.size(); i++) {
            inputs.put("phones[" + i + "].number", rows.get(i).number());
            inputs.put("phones[" + i + "].type", rows.get(i).type());
        }
    }

    void addRow(PhoneType type, String number) {
        Select<PhoneType> typeField = new Select<>();
        typeField.setItems(PhoneType.values());
        typeField.setItemLabelGenerator(PhoneRows::label);
        typeField.setValue(type == null ? PhoneType.CELL : type);
        typeField.setWidth("11em");
        TextField numberField = new TextField();
        numberField.setPlaceholder("(415) 555-0134");
        numberField.setValue(number == null ? "" : number);
        Button up = new Button(VaadinIcon.ARROW_UP.create());
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        up.getElement().setAttribute("aria-label", "Move up");
        Button removeButton = new Button(VaadinIcon.TRASH.create());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        removeButton.getElement().setAttribute("aria-label", "Remove number");
        HorizontalLayout layout = new HorizontalLayout(typeField, numberField, up, removeButton);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, typeField, numberField);
        removeButton.addClickListener(e -> {
            rows.remove(row);
            remove(layout);
            renumber();
        });
        up.addClickListener(e -> moveUp(row));
        rows.add(row);
        add(layout);
        renumber();
    }

    private void moveUp(Row row) {
        int i = rows.indexOf(row);
        if (i > 0) {
            rows.remove(i);
            rows.add(i - 1, row);
            removeAll();
            rows.forEach(r -> add(r.layout()));
            renumber();
        }
    }

    /** Ids follow the order, so tests and screen readers address "the first number". */
    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            String n = String.valueOf(i);
            rows.get(i).number().setId("phone-" + n);
            rows.get(i).type().setId("phone-type-" + n);
            rows.get(i).layout().getChildren().skip(3).findFirst().ifPresent(b -> b.setId("phone-remove-" + n));
        }
    }

    private static String label(PhoneType type) {
        return switch (type) {
            case CELL -> "Cell";
            case HOME -> "Home";
            case WORK -> "Work";
            case AFTER_HOURS -> "After hours";
            case FAX -> "Fax";
            case OTHER -> "Other";
        };
    }
}
