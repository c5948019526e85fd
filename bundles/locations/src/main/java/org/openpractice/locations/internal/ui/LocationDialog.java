package org.openpractice.locations.internal.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.openpractice.locations.Address;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationInput;
import org.openpractice.locations.LocationKind;
import org.openpractice.locations.LocationService;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.ui.api.AddressFields;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Adds or edits one location; every rule is checked by the locations service and shown under its field. */
final class LocationDialog extends Dialog {
    private static final long serialVersionUID = 1L;
    private final Location existing;
    private final Consumer<Location> onSaved;
    private final TextField name = field("location-name", "Name");
    private final RadioButtonGroup<LocationKind> kind = new RadioButtonGroup<>();
    private final AddressFields address = new AddressFields("location", false);
    private final TextArea description = new TextArea("How the appointment takes place");
    private final RadioButtonGroup<BillTo> billTo = new RadioButtonGroup<>();
    private final TextField npi = field("location-npi", "Location NPI (optional)");
    private final TextField otherId = field("location-other-id", "Other ID (optional)");
    private final ComboBox<String> qualifier = new ComboBox<>("Other ID qualifier");
    private final Paragraph formError = Forms.errorParagraph("location-form-error");

    LocationDialog(Location existing, Consumer<Location> onSaved) {
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "Add location" : "Edit " + existing.name());
        setWidth("min(720px, 95vw)");
        kind.setId("location-kind");
        kind.setLabel("Type");
        kind.setItems(LocationKind.values());
        kind.setItemLabelGenerator(LocationText::kind);
        kind.addValueChangeListener(e -> showFor(e.getValue(), e.isFromClient()));
        description.setId("location-description");
        description.setPlaceholder("e.g. Video call; the link is sent with the appointment reminder");
        billTo.setId("location-bill-to");
        billTo.setLabel("Address on claims (box 32)");
        billTo.setItems(BillTo.values());
        billTo.setItemLabelGenerator(LocationText::billTo);
        billTo.addValueChangeListener(e -> showAddress());
        qualifier.setId("location-qualifier");
        qualifier.setItems(List.copyOf(new java.util.TreeSet<>(OtherId.QUALIFIERS)));
        qualifier.setClearButtonVisible(true);

        FormLayout form = new FormLayout(name, kind, description);
        address.addTo(form);
        form.add(billTo, npi, otherId, qualifier);
        form.setColspan(name, 2);
        form.setColspan(kind, 2);
        form.setColspan(description, 2);
        form.setColspan(billTo, 2);
        add(formError, form);

        Button save = new Button("Save", e -> save());
        save.setId("location-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        fill();
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }

    private void fill() {
        if (existing == null) {
            kind.setValue(LocationKind.PHYSICAL);
            billTo.setValue(BillTo.LOCATION);
            return;
        }
        name.setValue(existing.name());
        kind.setValue(existing.kind());
        billTo.setValue(existing.billTo());
        description.setValue(existing.virtualDescription() == null ? "" : existing.virtualDescription());
        Address a = existing.address();
        address.setValue(a == null ? null
                : new AddressFields.Value(a.street(), a.street2(), a.city(), a.state(), a.postalCode(), null));
        npi.setValue(existing.npi() == null ? "" : existing.npi());
        otherId.setValue(existing.otherId() == null ? "" : existing.otherId());
        qualifier.setValue(existing.otherIdQualifier());
    }

    /**
     * Shows the inputs a kind of location uses. A physical location bills with its own address; a home or workplace
     * visit starts billing with the client's address when the user picks it.
     */
    private void showFor(LocationKind k, boolean picked) {
        description.setVisible(k == LocationKind.VIRTUAL);
        billTo.setVisible(k != LocationKind.PHYSICAL);
        if (k == LocationKind.PHYSICAL) {
            billTo.setValue(BillTo.LOCATION);
        } else if (k == LocationKind.HOME_VISIT && picked) {
            billTo.setValue(BillTo.CLIENT);
        }
        showAddress();
    }

    /** The address is asked for only where it is used: on a physical location, or to bill with. */
    private void showAddress() {
        address.setVisible(kind.getValue() == LocationKind.PHYSICAL || billTo.getValue() == BillTo.LOCATION);
    }

    private Map<String, HasValidation> inputs() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        m.put("virtualDescription", description);
        m.put("billTo", billTo);
        address.putInputs(m);
        m.put("npi", npi);
        m.put("otherId", otherId);
        m.put("otherIdQualifier", qualifier);
        return m;
    }

    private void save() {
        Forms.clear(inputs().values(), formError);
        AddressFields.Value a = address.getValue();
        Address typed = address.isEmpty() || !address.isVisible() ? null
                : new Address(a.street(), a.street2(), a.city(), a.state(), a.postalCode(), null);
        LocationInput input = new LocationInput(name.getValue(), kind.getValue(), typed,
                kind.getValue() == LocationKind.VIRTUAL ? description.getValue() : null, billTo.getValue(),
                npi.getValue(), otherId.getValue(), qualifier.getValue(), existing == null ? null : existing.version());
        try {
            Location saved = Services.call(getClass(), LocationService.class,
                    s -> existing == null ? s.create(input) : s.update(existing.id(), input));
            close();
            onSaved.accept(saved);
        } catch (DomainException e) {
            Forms.show(e, inputs(), formError);
        }
    }
}
