package org.openpractice.accounts;

import java.util.List;

/** Single-use codes that stand in for an authenticator code, shown once. */
public record RecoveryCodes(List<String> codes) {
}
