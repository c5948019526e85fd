package org.openpractice.ui.internal.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openpractice.platform.DomainException;
import org.openpractice.ui.api.Forms;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Puts the outcome of an action on screen: each field's message under its input, and anything else (a conflict, a
 * missing permission, an unexpected failure) as a notification.
 */
final class Feedback {
    private Feedback() {
    }

    static void clear(Collection<? extends HasValidation> inputs) {
        inputs.forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
    }

    /** Shows {@code e} on the inputs of this form; what no input shows becomes a notification. */
    static void failed(RuntimeException e, Map<String, ? extends HasValidation> inputs) {
        if (!(e instanceof DomainException domain)) {
            LoggerFactory.getLogger(Feedback.class).warn("An account screen failed", e);
            error("That did not work because of a problem on the server. Try again in a moment.");
            return;
        }
        if (domain.kind() == DomainException.Kind.UNAUTHENTICATED) {
            error("Your session has ended. Sign in again.");
            UI.getCurrent().getPage().setLocation("signin");
            return;
        }
        List<String> unmatched = new ArrayList<>();
        domain.fields().forEach((field, message) -> {
            HasValidation input = inputs.get(field);
            if (input == null) {
                unmatched.add(Forms.sentence(field) + " " + message);
            } else {
                Forms.invalid(input, Forms.sentence(message));
            }
        });
        if (domain.fields().isEmpty()) {
            error(domain.getMessage());
        } else if (!unmatched.isEmpty()) {
            error(String.join(". ", unmatched));
        }
    }

    static void failed(RuntimeException e) {
        failed(e, Map.of());
    }

    static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String message) {
        Notification notification = Notification.show(Forms.sentence(message), 8000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
