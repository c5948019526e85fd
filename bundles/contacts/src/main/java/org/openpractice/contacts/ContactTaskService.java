package org.openpractice.contacts;

import org.osgi.annotation.versioning.ProviderType;

/** Tasks on a contact's file; every member may read and change them. */
@ProviderType
public interface ContactTaskService {
    TaskList tasks(String contactId);

    ContactTask create(String contactId, TaskInput input);

    ContactTask update(String contactId, String taskId, TaskInput input);

    void delete(String contactId, String taskId);
}
