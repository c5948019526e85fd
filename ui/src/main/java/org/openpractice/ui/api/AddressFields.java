package org.openpractice.ui.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The inputs of a postal address, the same on every form that has one (locations, billing addresses, contacts):
 * street, suite, city, state, ZIP and, where the form asks for it, the country. Ids are {@code <prefix>-street},
 * {@code -street2}, {@code -city}, {@code -state}, {@code -zip} and {@code -country}; the domain's field names are
 * {@code address.street}, {@code address.street2}, {@code address.city}, {@code address.state},
 * {@code address.postalCode} and {@code address.country}.
 */
public final class AddressFields {
    /** What the inputs hold; blank inputs are empty strings. */
    public record Value(String street, String street2, String city, String state, String postalCode, String country) {
    }

    private final TextField street;
    private final TextField street2;
    private final TextField city;
    private final TextField state;
    private final TextField zip;
    private final TextField country;

    /** {@code idPrefix} as in "location"; {@code withCountry} adds a two-letter country input. */
    public AddressFields(String idPrefix, boolean withCountry) {
        street = field(idPrefix + "-street", "Street address");
        street2 = field(idPrefix + "-street2", "Suite, unit (optional)");
        city = field(idPrefix + "-city", "City");
        state = field(idPrefix + "-state", "State");
        zip = field(idPrefix + "-zip", "ZIP code");
        if (withCountry) {
            country = field(idPrefix + "-country", "Country");
            country.setPlaceholder("US");
            country.setMaxLength(2);
        } else {
            country = null;
        }
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }

    private List<TextField> inputs() {
        List<TextField> all = new ArrayList<>(List.of(street, street2, city, state, zip));
        if (country != null) {
            all.add(country);
        }
        return all;
    }

    /** Adds the inputs to {@code form}, the street across both columns. */
    public void addTo(FormLayout form) {
        inputs().forEach(form::add);
        form.setColspan(street, 2);
    }

    /** Shows or hides every input, e.g. while the address is not used; hidden inputs keep their values. */
    public void setVisible(boolean visible) {
        inputs().forEach(input -> input.setVisible(visible));
    }

    /** True unless {@link #setVisible} hid the inputs. */
    public boolean isVisible() {
        return street.isVisible();
    }

    /** Shows {@code value}; null (no address) or null parts show as empty. */
    public void setValue(Value value) {
        Value v = value == null ? new Value(null, null, null, null, null, null) : value;
        street.setValue(orEmpty(v.street()));
        street2.setValue(orEmpty(v.street2()));
        city.setValue(orEmpty(v.city()));
        state.setValue(orEmpty(v.state()));
        zip.setValue(orEmpty(v.postalCode()));
        if (country != null) {
            country.setValue(orEmpty(v.country()));
        }
    }

    public Value getValue() {
        return new Value(street.getValue(), street2.getValue(), city.getValue(), state.getValue(), zip.getValue(),
                country == null ? null : country.getValue());
    }

    /** True when nothing but (at most) the country is filled in: the form has no address. */
    public boolean isEmpty() {
        return street.isEmpty() && street2.isEmpty() && city.isEmpty() && state.isEmpty() && zip.isEmpty();
    }

    /** Maps the domain's "address.*" field names to these inputs, for {@link Forms#show} and {@link Forms#clear}. */
    public void putInputs(Map<String, HasValidation> inputs) {
        inputs.put("address.street", street);
        inputs.put("address.street2", street2);
        inputs.put("address.city", city);
        inputs.put("address.state", state);
        inputs.put("address.postalCode", zip);
        if (country != null) {
            inputs.put("address.country", country);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
