package org.openpractice.billing.internal.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.BillingAddressInput;
import org.openpractice.billing.BillingAddressService;
import org.openpractice.billing.NpiType;
import org.openpractice.billing.PostalAddress;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.ui.api.AddressFields;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Adds or edits a billing address; the tax ID is write-only here and shown masked elsewhere. */
final class BillingAddressDialog extends Dialog {
    private static final long serialVersionUID = 1L;
    private final BillingAddress existing;
    private final Consumer<BillingAddress> onSaved;
    private final TextField name = field("billing-name", "Billing provider name (legal name)");
    private final TextField phone = field("billing-phone", "Phone");
    private final TextField npi = field("billing-npi", "Billing provider NPI");
    private final RadioButtonGroup<NpiType> npiType = new RadioButtonGroup<>();
    private final PasswordField taxId = new PasswordField("Tax ID");
    private final RadioButtonGroup<TaxId.Type> taxIdType = new RadioButtonGroup<>();
    private final TextField otherId = field("billing-other-id", "Other ID (optional)");
    private final ComboBox<String> qualifier = new ComboBox<>("Other ID qualifier");
    private final AddressFields address = new AddressFields("billing", false);
    private final Checkbox isDefault = new Checkbox("Default billing address");
    private final Paragraph formError = Forms.errorParagraph("billing-form-error");

    BillingAddressDialog(BillingAddress existing, Consumer<BillingAddress> onSaved) {
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "Add billing address" : "Edit " + existing.providerName());
        setWidth("min(760px, 95vw)");
        npiType.setId("billing-npi-type");
        npiType.setLabel("NPI type");
        npiType.setItems(NpiType.values());
        npiType.setItemLabelGenerator(t -> t == NpiType.TYPE_2_ORGANIZATION ? "Group / organisation (Type 2)"
                : "Individual, sole proprietor (Type 1)");
        taxId.setId("billing-tax-id");
        taxId.setHelperText(existing == null ? "SSN 123-45-6789 or EIN 12-3456789; stored encrypted"
                : "Stored: " + existing.taxIdMasked() + ". Leave empty to keep it");
        taxIdType.setId("billing-tax-id-type");
        taxIdType.setLabel("Tax ID type (box 25)");
        taxIdType.setItems(TaxId.Type.values());
        qualifier.setId("billing-qualifier");
        qualifier.setItems(List.copyOf(new TreeSet<>(OtherId.QUALIFIERS)));
        qualifier.setClearButtonVisible(true);
        isDefault.setId("billing-default");
        FormLayout form = new FormLayout(name, phone, npi, npiType, taxId, taxIdType, otherId, qualifier);
        address.addTo(form);
        form.add(isDefault);
        form.setColspan(name, 2);
        add(formError, form);
        Button save = new Button("Save", e -> save());
        save.setId("billing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        fill();
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        return f;
    }

    private void fill() {
        if (existing == null) {
            npiType.setValue(NpiType.TYPE_2_ORGANIZATION);
            taxIdType.setValue(TaxId.Type.EIN);
            return;
        }
        name.setValue(existing.providerName());
        phone.setValue(existing.phone());
        npi.setValue(existing.npi());
        npiType.setValue(existing.npiType());
        taxIdType.setValue(existing.taxIdType());
        otherId.setValue(existing.otherId() == null ? "" : existing.otherId());
        qualifier.setValue(existing.otherIdQualifier());
        PostalAddress a = existing.address();
        address.setValue(new AddressFields.Value(a.street(), a.street2(), a.city(), a.state(), a.postalCode(), null));
        isDefault.setValue(existing.isDefault());
    }

    private Map<String, HasValidation> inputs() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("providerName", name);
        m.put("phone", phone);
        m.put("npi", npi);
        m.put("npiType", npiType);
        m.put("taxId", taxId);
        m.put("taxIdType", taxIdType);
        m.put("otherId", otherId);
        m.put("otherIdQualifier", qualifier);
        address.putInputs(m);
        return m;
    }

    private static PostalAddress postal(AddressFields.Value a) {
        return new PostalAddress(a.street(), a.street2(), a.city(), a.state(), a.postalCode());
    }

    private void save() {
        Forms.clear(inputs().values(), formError);
        BillingAddressInput input = new BillingAddressInput(name.getValue(), phone.getValue(), npi.getValue(),
                npiType.getValue(), taxId.getValue().isBlank() ? null : taxId.getValue(), taxIdType.getValue(),
                otherId.getValue(), qualifier.getValue(), postal(address.getValue()), isDefault.getValue(),
                existing == null ? null : existing.version());
        try {
            BillingAddress saved = Services.call(getClass(), BillingAddressService.class,
                    s -> existing == null ? s.create(input) : s.update(existing.id(), input));
            close();
            onSaved.accept(saved);
        } catch (DomainException e) {
            Forms.show(e, inputs(), formError);
        }
    }
}
