package org.openpractice.ui.api;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Building blocks of the application's pages, in its theme's classes: cards, empty states, badges, term–value lists and
 * the confirmation asked before something that cannot be undone. Views of every area use them, so pages look alike.
 */
public final class Panels {
    private Panels() {
    }

    /** A white card with an optional heading, holding one part of a page. */
    public static Div card(String heading, Component... content) {
        Div card = new Div();
        card.addClassName("op-card");
        if (heading != null) {
            H2 title = new H2(heading);
            title.addClassName("op-card-title");
            card.add(title);
        }
        card.add(content);
        return card;
    }

    /** What a page shows instead of a list or form: an icon, a line saying what is (not) there, and what to do. */
    public static Div empty(VaadinIcon icon, String title, String text, Component... actions) {
        Icon image = icon.create();
        image.addClassName("op-empty-icon");
        H3 heading = new H3(title);
        heading.addClassName("op-empty-title");
        Paragraph description = new Paragraph(text);
        description.addClassName("op-muted");
        Div empty = new Div(image, heading, description);
        if (actions.length > 0) {
            Div buttons = new Div(actions);
            buttons.addClassName("op-empty-actions");
            empty.add(buttons);
        }
        empty.addClassName("op-empty");
        return empty;
    }

    /** A Lumo badge; {@code variant} is "success", "error", "contrast" or empty. */
    public static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge pill " + variant).trim());
        return badge;
    }

    /**
     * A grid cell of stacked lines, e.g. an address over its phone number: the first line as it is, the others muted;
     * empty lines are left out.
     */
    public static Div lines(String first, String... more) {
        Div cell = new Div();
        cell.addClassName("op-lines");
        Div top = new Div();
        top.setText(first == null ? "" : first);
        cell.add(top);
        for (String line : more) {
            if (line != null && !line.isBlank()) {
                Div muted = new Div();
                muted.setText(line);
                muted.addClassName("op-muted");
                cell.add(muted);
            }
        }
        return cell;
    }

    /** A name followed by badges, e.g. "Telehealth [Archived]". */
    public static Span withBadges(String name, Span... badges) {
        Span cell = new Span(new Span(name == null ? "" : name));
        for (Span badge : badges) {
            cell.add(new Span(" "), badge);
        }
        return cell;
    }

    /** "PENDING" as "Pending". */
    public static String label(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** A list of terms and their values, e.g. the details of a signature. */
    public static Div terms() {
        Div list = new Div();
        list.addClassName("op-terms");
        return list;
    }

    public static void term(Div list, String term, Component value) {
        Span name = new Span(term);
        name.addClassName("op-term");
        value.getElement().getClassList().add("op-term-value");
        list.add(name, value);
    }

    public static void term(Div list, String term, String value) {
        term(list, term, new Span(value == null || value.isBlank() ? "—" : value));
    }

    /** A term whose value is text ("—" when there is none); {@code id} names the value for tests. */
    public static void term(Div list, String term, String value, String id) {
        Span span = new Span(value == null || value.isBlank() ? "—" : value);
        span.setId(id);
        term(list, term, span);
    }

    /** Asks before something that cannot be undone; the confirm button carries {@code confirmId}. */
    public static void confirm(String header, String text, String confirmLabel, String confirmId, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        Button confirm = new Button(confirmLabel, click -> {
            dialog.close();
            action.run();
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }
}
