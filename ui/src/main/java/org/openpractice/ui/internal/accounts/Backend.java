package org.openpractice.ui.internal.accounts;

import java.util.function.Supplier;

import org.openpractice.accounts.AccountService;
import org.openpractice.accounts.AccountSettingsService;
import org.openpractice.accounts.MemberService;
import org.openpractice.platform.DomainException;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.ui.internal.UiRuntime;
import org.openpractice.ui.internal.UiSession;

/** How the account screens reach the accounts area: its services while they run, called as this session's member. */
final class Backend {
    static final String UNAVAILABLE = "OpenPractice is still starting its services. Try again in a moment.";

    private Backend() {
    }

    static AccountService accounts() {
        return service(AccountService.class);
    }

    static MemberService members() {
        return service(MemberService.class);
    }

    static AccountSettingsService settings() {
        return service(AccountSettingsService.class);
    }

    /**
     * Runs {@code work} as the member signed in to this browser session. The request filter sets the same member
     * for every request, but an event may also arrive after a switch of account within the same request, and this
     * keeps the acting member tied to the session rather than to how the event travelled.
     */
    static <T> T call(Supplier<T> work) {
        return RequestContext.callAs(UiSession.member().orElse(null), work);
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T service(Class<T> type) {
        return UiRuntime.current().services().find(type).orElseThrow(
                () -> new DomainException(DomainException.Kind.UNAVAILABLE, "unavailable", UNAVAILABLE));
    }
}
