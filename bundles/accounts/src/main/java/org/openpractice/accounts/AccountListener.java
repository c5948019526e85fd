package org.openpractice.accounts;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/** Lets other areas follow account events, e.g. copying a member's My Details into a new account. */
@ConsumerType
public interface AccountListener {
    /**
     * Members were copied from one account to a new one; {@code memberIds} maps each source member id to its new
     * member id. Called inside no transaction, after the new account committed.
     */
    default void membersCopied(String fromAccountId, String toAccountId, Map<String, String> memberIds) {
    }
}
