package org.openpractice.scheduling;

/** A kind of appointment, e.g. "Initial assessment, 60 min"; {@code shared} when it comes from the parent account. */
public record AppointmentType(String id, String name, int durationMinutes, boolean archived, boolean shared) {
}
