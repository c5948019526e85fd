package org.openpractice.accounts;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sign-in, first run and account switching. Methods that act for a member use
 * {@link org.openpractice.platform.security.RequestContext}.
 */
@ProviderType
public interface AccountService {
    /** True while the installation has no account: the first-run page is waiting. */
    boolean firstRunPending();

    /** Creates the first account and its director and signs the director in; fails once any account exists. */
    SignedIn completeFirstRun(FirstRun request, String clientAddress);

    /**
     * Checks the password (throttled per e-mail and client address) and opens a session in the login's last used
     * account, or {@code accountId} when given.
     */
    SignedIn signIn(String email, String password, String accountId, String clientAddress);

    /**
     * As {@link #signIn(String, String, String, String)}, with the code from the login's authenticator app (or a
     * recovery code) when it has two-factor authentication on. Without a code such a login is refused with the error
     * code {@code two_factor_required}; a wrong or already used code with {@code bad_two_factor_code}.
     */
    SignedIn signIn(String email, String password, String code, String accountId, String clientAddress);

    /** Ends the session of this token; unknown tokens are ignored. */
    void signOut(String token);

    /** Makes {@code accountId} the active account of the session; 404 if the login is not an active member. */
    SignedIn switchAccount(String token, String accountId);

    /** Every account the acting login belongs to. */
    List<AccountSummary> myAccounts();

    /** Creates an account with the acting login as its director. */
    AccountSummary createAccount(NewAccount request);
}
