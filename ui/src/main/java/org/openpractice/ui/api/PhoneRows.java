package org.openpractice.ui.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An ordered, editable list of typed phone numbers (add, remove, move up), for any area's own phone-type enum.
 * Inputs carry the ids {@code phone-N}, {@code phone-type-N} and {@code phone-remove-N} by position; the list itself
 * is {@code phones}.
 *
 * @param <T> the area's phone type, e.g. its {@code PhoneType} enum
 */
public class PhoneRows<T> extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** One row as entered: the chosen type and the number as typed. */
    public record Entry<T>(T type, String number) {
    }

    private record Row<T>(HorizontalLayout layout, Select<T> type, TextField number, Button remove) {
    }

    private final List<T> types;
    private final Function<T, String> label;
    private final T defaultType;
    private final List<Row<T>> rows = new ArrayList<>();

    /** {@code types} in the order the type menu lists them; {@code defaultType} for rows added without one. */
    public PhoneRows(T[] types, Function<T, String> label, T defaultType) {
        this.types = List.copyOf(Arrays.asList(types));
        this.label = label;
        this.defaultType = defaultType;
        setPadding(false);
        setSpacing(false);
        setId("phones");
    }

    public void setEntries(List<Entry<T>> entries) {
        rows.forEach(r -> remove(r.layout()));
        rows.clear();
        entries.forEach(e -> addRow(e.type(), e.number()));
    }

    public List<Entry<T>> entries() {
        return rows.stream().map(r -> new Entry<>(r.type().getValue(), r.number().getValue())).toList();
    }

    /** Maps "phones[i].number" and "phones[i].type" to their inputs, for inline errors. */
    public void putInputs(Map<String, HasValidation> inputs) {
        for (int i = 0; i < rows.size(); i++) {
            inputs.put("phones[" + i + "].number", rows.get(i).number());
            inputs.put("phones[" + i + "].type", rows.get(i).type());
        }
    }

    public void addRow(T type, String number) {
        Select<T> typeField = new Select<>();
        typeField.setItems(types);
        typeField.setItemLabelGenerator(label::apply);
        typeField.setValue(type == null ? defaultType : type);
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
        Row<T> row = new Row<>(layout, typeField, numberField, removeButton);
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

    private void moveUp(Row<T> row) {
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
            rows.get(i).remove().setId("phone-remove-" + n);
        }
    }
}
