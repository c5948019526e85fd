package org.openpractice.locations.internal.ui;

import java.util.List;

import org.openpractice.locations.Location;
import org.openpractice.locations.LocationService;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Account settings → Locations: the practice's places of service, added, edited and archived here. */
@Route(value = "settings/locations", layout = MainLayout.class)
@PageTitle("Locations · OpenPractice")
public class LocationsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final Grid<Location> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Div empty = Panels.empty(VaadinIcon.MAP_MARKER, "No locations yet",
            "Add where you see clients: a clinic, telehealth, or visits at the client's home or workplace.");

    public LocationsView() {
        setPadding(true);
        setSpacing(true);
        H2 title = new H2("Locations");
        Button add = new Button("Add location", VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("location-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.setId("location-show-archived");
        showArchived.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(title, add, showArchived);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);

        grid.setId("locations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(l -> l.archived() ? Panels.withBadges(l.name(), Panels.badge("Archived", "contrast"))
                : Panels.withBadges(l.name())).setHeader("Name").setAutoWidth(true).setFlexGrow(1)
                .setComparator(Location::name).setSortable(true);
        grid.addColumn(l -> LocationText.kind(l.kind())).setHeader("Type").setAutoWidth(true);
        grid.addColumn(LocationText::where).setHeader("Where").setWidth("14em").setFlexGrow(2);
        grid.addColumn(l -> LocationText.billTo(l.billTo())).setHeader("Bills with").setAutoWidth(true);
        grid.addColumn(l -> l.npi() == null ? "" : l.npi()).setHeader("NPI").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("11em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setId("locations-empty");
        add(bar, empty, grid);
        refresh();
    }

    private HorizontalLayout actions(Location l) {
        Button edit = new Button("Edit", e -> edit(l));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.getElement().setAttribute("aria-label", "Edit " + l.name());
        Button archive = new Button(l.archived() ? "Restore" : "Archive", e -> confirmArchive(l));
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, l.archived() ? ButtonVariant.LUMO_SUCCESS
                : ButtonVariant.LUMO_ERROR);
        archive.getElement().setAttribute("aria-label", archive.getText() + " " + l.name());
        HorizontalLayout row = new HorizontalLayout(edit, archive);
        row.setSpacing(false);
        return row;
    }

    private void confirmArchive(Location l) {
        if (l.archived()) {
            run(() -> Services.call(getClass(), LocationService.class, s -> s.restore(l.id())));
            return;
        }
        Panels.confirm("Archive " + l.name() + "?",
                "Archived locations stay on past appointments and claims but cannot be chosen for new work. "
                        + "You can restore it later.", "Archive", "location-archive-confirm",
                () -> run(() -> Services.call(getClass(), LocationService.class, s -> s.archive(l.id()))));
    }

    private void edit(Location location) {
        new LocationDialog(location, saved -> {
            Notification.show(saved.name() + " saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }).open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        try {
            List<Location> all = Services.call(getClass(), LocationService.class, s -> s.list(showArchived.getValue()));
            grid.setItems(all);
            empty.setVisible(all.isEmpty());
            grid.setVisible(!all.isEmpty());
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
