package org.openpractice.ui.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openpractice.platform.DomainException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/** Puts a domain failure on screen for area views: each field's message under its input, the rest above the form. */
public final class Forms {
    private Forms() {
    }

    public static void clear(Collection<? extends HasValidation> inputs, Paragraph formError) {
        inputs.forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
        formError.setText("");
        formError.setVisible(false);
    }

    /** {@code inputs} maps the domain's field names ("address.street") to the inputs that show them. */
    public static void show(DomainException e, Map<String, ? extends HasValidation> inputs, Paragraph formError) {
        List<String> unmatched = new ArrayList<>();
        e.fields().forEach((field, message) -> {
            HasValidation input = inputs.get(field);
            if (input == null) {
                unmatched.add(field + ": " + message);
            } else {
                invalid(input, sentence(message));
            }
        });
        if (e.fields().isEmpty()) {
            formError(formError, e.getMessage());
        } else if (!unmatched.isEmpty()) {
            formError(formError, String.join("; ", unmatched));
        }
    }

    /** Shows {@code message} above the form. */
    public static void formError(Paragraph formError, String message) {
        formError.setText(sentence(message));
        formError.setVisible(true);
    }

    /** Shows {@code message} under one input. */
    public static void invalid(HasValidation input, String message) {
        input.setErrorMessage(message);
        input.setInvalid(true);
    }

    /** A form-level error paragraph, hidden until used. */
    public static Paragraph errorParagraph(String id) {
        Paragraph p = new Paragraph();
        p.setId(id);
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        p.setVisible(false);
        return p;
    }

    /** Domain messages are fragments such as "is required"; shown alone they start upper case. */
    public static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
