package org.openpractice.scheduling;

/** What a member enters for an appointment type. */
public record AppointmentTypeInput(String name, Integer durationMinutes) {
}
