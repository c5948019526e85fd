package org.openpractice.contacts.internal.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openpractice.accounts.MemberDirectory;
import org.openpractice.accounts.MemberDirectory.MemberRef;
import org.openpractice.contacts.ContactTask;
import org.openpractice.contacts.ContactTaskService;
import org.openpractice.contacts.TaskInput;
import org.openpractice.contacts.TaskList;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.ui.api.Forms;
import org.openpractice.ui.api.Panels;
import org.openpractice.ui.api.Services;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The tasks on a contact's file: added with a title, an optional due date and an optional assignee from the
 * practice's active members; listed open (by due date) and done (latest first); ticked done and unticked.
 */
final class TasksPanel extends Div {
    private static final long serialVersionUID = 1L;
    private final String contactId;
    private final TextField title = new TextField("Task");
    private final DatePicker due = new DatePicker("Due");
    private final Select<MemberRef> assignee = new Select<>();
    private final Paragraph formError = Forms.errorParagraph("task-error");
    private final Div open = new Div();
    private final Div done = new Div();
    private LocalDate today = LocalDate.now();

    TasksPanel(String contactId) {
        this.contactId = contactId;
        title.setId("task-title");
        title.setPlaceholder("e.g. Send the progress report");
        title.setMaxLength(200);
        title.setWidth("18rem");
        due.setId("task-due");
        due.setLocale(Locale.US);
        due.setClearButtonVisible(true);
        due.setWidth("10rem");
        assignee.setId("task-assignee");
        assignee.setLabel("Assigned to");
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption("Nobody");
        assignee.setItemLabelGenerator(m -> m == null ? "Nobody" : m.displayName());
        assignee.setWidth("14rem");
        Button add = new Button("Add task", VaadinIcon.PLUS.create(), e -> add());
        add.setId("task-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(title);
        HorizontalLayout form = new HorizontalLayout(title, due, assignee, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        open.setId("tasks-open");
        open.setWidthFull();
        done.setId("tasks-done");
        done.setWidthFull();
        formError.addClassName("op-form-error");
        add(Panels.card("Tasks", formError, form, heading("Open"), open, heading("Done"), done));
        loadMembers();
        refresh();
    }

    private static H3 heading(String text) {
        H3 heading = new H3(text);
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin",
                "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        return heading;
    }

    private void loadMembers() {
        try {
            String zone = Services.call(getClass(), MemberDirectory.class, d -> d.account(RequestContext.accountId())
                    .map(MemberDirectory.AccountRef::timeZone).orElse(null));
            // Due dates are the practice's days, so "overdue" is judged in its time zone.
            today = LocalDate.now(zone == null ? ZoneId.systemDefault() : ZoneId.of(zone));
        } catch (DomainException | java.time.DateTimeException e) {
            today = LocalDate.now();
        }
        try {
            List<MemberRef> members = Services.call(getClass(), MemberDirectory.class,
                    d -> d.activeMembers(RequestContext.accountId()));
            assignee.setItems(members);
        } catch (DomainException e) {
            assignee.setItems(List.of());
            assignee.setHelperText("The practice's members cannot be listed right now");
        }
    }

    private Map<String, HasValidation> inputs() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("dueDate", due);
        m.put("assigneeId", assignee);
        return m;
    }

    private void add() {
        Forms.clear(inputs().values(), formError);
        MemberRef who = assignee.getValue();
        TaskInput input = new TaskInput(title.getValue(), due.getValue(), who == null ? null : who.memberId(), false,
                null);
        try {
            Services.call(getClass(), ContactTaskService.class, s -> s.create(contactId, input));
            title.clear();
            due.clear();
            assignee.clear();
            refresh();
        } catch (DomainException e) {
            Forms.show(e, inputs(), formError);
        }
    }

    private void setDone(ContactTask task, boolean isDone) {
        TaskInput input = new TaskInput(task.title(), task.dueDate(), task.assigneeId(), isDone, task.version());
        try {
            Services.call(getClass(), ContactTaskService.class, s -> s.update(contactId, task.id(), input));
        } catch (DomainException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        open.removeAll();
        done.removeAll();
        TaskList tasks;
        try {
            tasks = Services.call(getClass(), ContactTaskService.class, s -> s.tasks(contactId));
        } catch (DomainException e) {
            open.add(new Paragraph(e.getMessage()));
            return;
        }
        fill(open, tasks.open(), "task-tick-", "No open tasks.");
        fill(done, tasks.done(), "task-untick-", "Nothing done yet.");
    }

    private void fill(Div list, List<ContactTask> tasks, String idPrefix, String none) {
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("op-muted");
            empty.getStyle().set("margin", "0");
            list.add(empty);
            return;
        }
        for (int i = 0; i < tasks.size(); i++) {
            list.add(row(tasks.get(i), idPrefix + i));
        }
    }

    private void confirmDelete(ContactTask task) {
        Panels.confirm("Delete this task?", task.title(), "Delete", "task-delete-confirm", () -> {
            try {
                Services.call(getClass(), ContactTaskService.class, s -> {
                    s.delete(contactId, task.id());
                    return null;
                });
            } catch (DomainException e) {
                Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
    }

    private Div row(ContactTask task, String checkboxId) {
        Checkbox tick = new Checkbox(task.title(), task.done());
        tick.setId(checkboxId);
        tick.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setDone(task, e.getValue());
            }
        });
        if (task.done()) {
            tick.getStyle().set("text-decoration", "line-through");
        }
        Div meta = new Div();
        meta.addClassName("op-muted");
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding-left", "var(--lumo-space-xl)")
                .set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        if (task.dueDate() != null) {
            Span when = new Span("Due " + ContactText.date(task.dueDate()));
            if (!task.done() && task.dueDate().isBefore(today)) {
                when.setText(when.getText() + " \u00b7 overdue");
                when.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            meta.add(when);
        }
        if (task.assigneeName() != null) {
            Span who = new Span(VaadinIcon.USER.create(), new Span(task.assigneeName()));
            who.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap",
                    "var(--lumo-space-xs)");
            who.getChildren().findFirst().ifPresent(icon -> icon.getElement().getStyle()
                    .set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)"));
            meta.add(who);
        }
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(task));
        delete.setId(checkboxId.replace("task-untick-", "task-delete-done-").replace("task-tick-", "task-delete-open-"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("aria-label", "Delete task " + task.title());
        Div line = new Div(tick, delete);
        line.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "center");
        Div row = new Div(line);
        if (meta.getComponentCount() > 0) {
            row.add(meta);
        }
        row.getStyle().set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }
}
