package org.openpractice.billing.internal.ui;

import java.util.List;

import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.BillingAddressService;
import org.openpractice.billing.NpiType;
import org.openpractice.billing.PostalAddress;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
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
    private final Div empty = Panels.empty(VaadinIcon.ENVELOPE_O, "No billing addresses yet",
            "Add the legal name, NPI and tax ID you bill under; they print in boxes 25 and 33 of your claims.");

    public BillingAddressesView() {
        H2 title = new H2("Mailing & billing addresses");
        Button add = new Button("Add billing address", VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("billing-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.setId("billing-show-archived");
        showArchived.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(title, add, showArchived);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);
        grid.setId("billing-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(BillingAddressesView::provider).setHeader("Billing provider").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(b -> Panels.lines("NPI " + b.npi() + (b.npiType() == NpiType.TYPE_1_INDIVIDUAL
                ? " · Type 1" : " · Type 2"), b.taxIdType() + " " + b.taxIdMasked()))
                .setHeader("Identifiers").setAutoWidth(true);
        grid.addComponentColumn(b -> Panels.lines(street(b.address()), place(b.address()), b.phone()))
                .setHeader("Address and phone").setWidth("12em").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setWidth("18em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setId("billing-empty");
        add(bar, empty, grid);
        refresh();
    }

    private static Span provider(BillingAddress b) {
        return b.isDefault() ? Panels.withBadges(b.providerName(), Panels.badge("Default", "success"))
                : b.archived() ? Panels.withBadges(b.providerName(), Panels.badge("Archived", "contrast"))
                : Panels.withBadges(b.providerName());
    }

    private static String street(PostalAddress a) {
        return a.street2() == null || a.street2().isBlank() ? a.street() : a.street() + ", " + a.street2();
    }

    private static String place(PostalAddress a) {
        return a.city() + " " + a.state() + " " + a.postalCode();
    }

    private HorizontalLayout actions(BillingAddress b) {
        HorizontalLayout row = new HorizontalLayout(action("Edit", b, e -> edit(b)));
        row.setSpacing(false);
        if (!b.isDefault() && !b.archived()) {
            Button archive = action("Archive", b, e -> Panels.confirm("Archive " + b.providerName() + "?",
                    "Archived billing addresses stay on past claims but cannot be chosen for new ones. "
                            + "You can restore it later.", "Archive", "billing-archive-confirm",
                    () -> run(s -> s.archive(b.id()))));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(action("Make default", b, e -> run(s -> s.makeDefault(b.id()))), archive);
        } else if (b.archived()) {
            row.add(action("Restore", b, e -> run(s -> s.restore(b.id()))));
        }
        return row;
    }

    /** A row's tertiary button, labelled for screen readers with the address it acts on. */
    private static Button action(String text, BillingAddress b,
            ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(text, click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", text + " " + b.providerName());
        return button;
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
