package org.openpractice.rest.internal;

import java.util.Map;

/** The one error shape of the API. */
public record ErrorBody(String code, String message, Map<String, String> fields) {
}
