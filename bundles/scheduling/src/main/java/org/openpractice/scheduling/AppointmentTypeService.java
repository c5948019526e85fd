package org.openpractice.scheduling;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Appointment types of the active account's catalogue. A child account reads its parent's catalogue and cannot
 * change it; changes are made in the parent account.
 */
@ProviderType
public interface AppointmentTypeService {
    List<AppointmentType> list();

    AppointmentType create(AppointmentTypeInput input);

    AppointmentType update(String id, AppointmentTypeInput input);
}
