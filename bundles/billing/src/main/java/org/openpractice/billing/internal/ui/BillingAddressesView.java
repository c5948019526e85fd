package org.openpractice.billing.internal.ui;

import java.util.List;

import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.BillingAddressService;
import org.openpractice.billing.NpiType;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Account settings → Mailing & billing: one entry per NPI / tax ID the practice bills under. */
@Route(value = "settings/billing-addresses", layout = MainLayout.class)
@PageTitle("Mailing & billing · OpenPractice")
public class BillingAddressesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final Grid<BillingAddress> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Paragraph empty = new Paragraph("No billing addresses yet. Add the legal name, NPI and tax ID "
            + "you bill under; it prints in boxes 25 and 33 of your claims.");

    public BillingAddressesView() {
        H2 title = new H2("Mailing & billing addresses");
        Button add = new Button("Add billing address", VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("billing-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(title, add, showArchived);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);
        grid.setId("billing-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BillingAddress::providerName).setHeader("Billing provider").setAutoWidth(true);
        grid.addColumn(b -> b.npi() + (b.npiType() == NpiType.TYPE_1_INDIVIDUAL ? " (Type 1)" : " (Type 2)"))
                .setHeader("NPI").setAutoWidth(true);
        grid.addColumn(b -> b.taxIdType() + " " + b.taxIdMasked()).setHeader("Tax ID").setAutoWidth(true);
        grid.addColumn(b -> b.address().street() + ", " + b.address().city() + " " + b.address().state() + " "
                + b.address().postalCode()).setHeader("Address").setFlexGrow(1);
        grid.addColumn(BillingAddress::phone).setHeader("Phone").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setId("billing-empty");
        add(bar, empty, grid);
        refresh();
    }

    private HorizontalLayout actions(BillingAddress b) {
        HorizontalLayout row = new HorizontalLayout();
        if (b.isDefault()) {
            Span badge = new Span("Default");
            badge.getElement().getThemeList().add("badge success");
            row.add(badge);
        }
        Button edit = new Button("Edit", e -> edit(b));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(edit);
        if (!b.isDefault() && !b.archived()) {
            Button makeDefault = new Button("Make default", e -> run(s -> s.makeDefault(b.id())));
            makeDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button archive = new Button("Archive", e -> run(s -> s.archive(b.id())));
            archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(makeDefault, archive);
        } else if (b.archived()) {
            Button restore = new Button("Restore", e -> run(s -> s.restore(b.id())));
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(restore);
        }
        return row;
    }

    private void edit(BillingAddress existing) {
        new BillingAddressDialog(existing, saved -> {
            Notification.show(saved.providerName() + " saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }).open();
    }

    private void run(java.util.function.Function<BillingAddressService, BillingAddress> action) {
        try {
            Services.call(getClass(), BillingAddressService.class, action);
            refresh();
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        try {
            List<BillingAddress> all = Services.call(getClass(), BillingAddressService.class,
                    s -> s.list(showArchived.getValue()));
            grid.setItems(all);
            empty.setVisible(all.isEmpty());
            grid.setVisible(!all.isEmpty());
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
