package org.openpractice.ui.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The page frame of the signed-out pages: a card centred on a quiet background, with the product name on top. */
public class AuthCard extends Div {
    private static final long serialVersionUID = 1L;

    private final Div card = new Div();
    private final Div brand = new Div();
    private final H1 heading = new H1();
    private final Paragraph text = new Paragraph();

    protected AuthCard(String title, String intro) {
        addClassName("op-auth-page");
        card.addClassName("op-auth-card");
        brand.add(VaadinIcon.CLIPBOARD_HEART.create(), new Span("OpenPractice"));
        brand.addClassName("op-brand");
        heading.setText(title);
        heading.addClassName("op-auth-title");
        text.setText(intro);
        text.addClassName("op-auth-intro");
        card.add(brand, heading, text);
        add(card);
    }

    protected void addToCard(Component... components) {
        card.add(components);
    }

    /** Replaces everything below the title with {@code components}, e.g. a confirmation once a form is sent. */
    protected void replaceCard(Component... components) {
        card.getChildren().filter(c -> c != heading && c != text && c != brand).toList().forEach(card::remove);
        card.add(components);
    }

    /** Replaces the card's title and introduction, e.g. once the page knows what it shows. */
    protected void retitle(String title, String intro) {
        heading.setText(title);
        text.setText(intro);
        text.setVisible(intro != null && !intro.isEmpty());
    }

    protected void wide() {
        card.addClassName("op-auth-card-wide");
    }

    protected static Paragraph formError() {
        Paragraph error = new Paragraph();
        error.setId("form-error");
        error.addClassName("op-form-error");
        error.setVisible(false);
        return error;
    }
}
