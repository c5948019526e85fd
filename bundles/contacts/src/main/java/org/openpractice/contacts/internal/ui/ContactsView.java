package org.openpractice.contacts.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.openpractice.contacts.ContactPage;
import org.openpractice.contacts.ContactQuery;
import org.openpractice.contacts.ContactService;
import org.openpractice.contacts.ContactSummary;
import org.openpractice.contacts.ContactType;
import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.MainLayout;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Contacts: the practice's referrers, parents and guardians and care providers, a page at a time from the contacts
 * service, sortable, searched with one box (name, organisation, e-mail, phone in any formatting) and filtered by type.
 */
@Route(value = "contacts", layout = MainLayout.class)
@PageTitle("Contacts · OpenPractice")
public class ContactsView extends Div implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private static final int FEW = 20;
    private final TextField search = new TextField();
    private final Select<ContactType> type = new Select<>();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Grid<ContactSummary> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div empty = new Div();
    private final CallbackDataProvider<ContactSummary, Void> contacts = DataProvider.fromCallbacks(this::fetch,
            this::count);

    public ContactsView() {
        addClassName("op-page");
        H1 title = new H1("Contacts");
        Button add = new Button("New contact", VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(ContactFormView.NEW_ROUTE));
        add.setId("contact-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(title, add);
        header.addClassName("op-page-header");
        Paragraph intro = new Paragraph("Referring physicians, parents and guardians, care facilities and anyone else"
                + " the practice keeps in touch with.");
        intro.addClassNames("op-muted", "op-page-intro");

        search.setId("contacts-search");
        search.setPlaceholder("Search name, organisation, e-mail or phone");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.addValueChangeListener(e -> refresh());
        type.setId("contacts-type-filter");
        type.setItems(ContactType.values());
        type.setItemLabelGenerator(ContactText::type);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        type.setPlaceholder("All types");
        type.addValueChangeListener(e -> refresh());
        showArchived.setId("contacts-show-archived");
        showArchived.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, type, showArchived);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("contacts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell).setHeader("Name").setSortProperty("name").setFlexGrow(2)
                .setKey("name");
        grid.addColumn(c -> ContactText.orEmpty(c.organisation())).setHeader("Organisation")
                .setSortProperty("organisation").setFlexGrow(2).setKey("organisation");
        grid.addColumn(c -> ContactText.type(c.type())).setHeader("Type").setSortProperty("type").setAutoWidth(true)
                .setKey("type");
        grid.addColumn(c -> ContactText.phone(c.phone(), c.phoneType())).setHeader("Phone").setSortProperty("phone")
                .setAutoWidth(true).setKey("phone");
        grid.addColumn(c -> ContactText.orEmpty(c.email())).setHeader("E-mail").setSortProperty("email")
                .setFlexGrow(2).setKey("email");
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ContactFileView.route(e.getItem().id())));
        grid.setItems(contacts);
        count.setId("contacts-count");
        count.addClassName("op-muted");
        empty.setId("contacts-empty");
        add(header, intro, filters, count, grid, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ContactAccess.enter(event)) {
            refresh();
        }
    }

    private Span nameCell(ContactSummary c) {
        Span name = new Span(ContactText.nameWithQualifications(c.name(), c.qualifications()));
        name.getStyle().set("font-weight", "500");
        if (!c.archived()) {
            return name;
        }
        return new Span(name, new Span(" "), Panels.badge("Archived", "contrast"));
    }

    /** Shows the number of matches, or what to do when there are none, then lets the grid read its pages. */
    private void refresh() {
        long total;
        try {
            total = page(0, 1, null).total();
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        boolean filtered = !search.isEmpty() || type.getValue() != null;
        empty.removeAll();
        if (total == 0) {
            empty.add(filtered ? Panels.empty(VaadinIcon.SEARCH, "No contacts match",
                    "Check the spelling, search for part of a name, e-mail or number, or choose another type.")
                    : Panels.empty(VaadinIcon.USERS, "No contacts yet",
                            "Add the physicians who refer clients, parents and guardians, and care providers with"
                                    + " \u201cNew contact\u201d."));
        }
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
        // A short list takes the room it needs; a long one scrolls inside the page, a page at a time.
        boolean few = total <= FEW;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "min(36rem, calc(100vh - 16rem))");
        count.setText(total == 1 ? "1 contact" : total + " contacts");
        count.setVisible(total > 0);
        contacts.refreshAll();
    }

    private Stream<ContactSummary> fetch(Query<ContactSummary, Void> query) {
        try {
            return read(query);
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return Stream.empty();
        }
    }

    private Stream<ContactSummary> read(Query<ContactSummary, Void> query) {
        String sort = sort(query.getSortOrders());
        int size = Math.min(Math.max(query.getLimit(), 1), ContactQuery.MAX_SIZE);
        int offset = query.getOffset();
        int end = offset + query.getLimit();
        List<ContactSummary> rows = new ArrayList<>();
        // Vaadin asks for page-aligned ranges; any other range is read page by page and cut to size.
        for (int page = offset / size; page * size < end; page++) {
            List<ContactSummary> items = page(page, size, sort).items();
            int from = Math.max(offset - page * size, 0);
            int to = Math.min(end - page * size, items.size());
            if (from < to) {
                rows.addAll(items.subList(from, to));
            }
            if (items.size() < size) {
                break;
            }
        }
        return rows.stream();
    }

    private int count(Query<ContactSummary, Void> query) {
        try {
            return (int) Math.min(page(0, 1, null).total(), Integer.MAX_VALUE);
        } catch (DomainException e) {
            return 0; // the fetch that follows reports it
        }
    }

    private ContactPage page(int page, int size, String sort) {
        ContactQuery query = new ContactQuery(search.getValue(), type.getValue(), sort, page, size,
                showArchived.getValue());
        return Services.call(getClass(), ContactService.class, s -> s.list(query));
    }

    private static String sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return null;
        }
        QuerySortOrder order = orders.get(0);
        return (order.getDirection() == SortDirection.DESCENDING ? "-" : "") + order.getSorted();
    }
}
