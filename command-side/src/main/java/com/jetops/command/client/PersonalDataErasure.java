package com.jetops.command.client;

import com.jetops.api.client.ClientId;
import com.jetops.platform.privacy.SubjectKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The irreversible half of an erasure, in the same transaction as its event: the client's and
 * its bookings' keys are destroyed, and the snapshots of those aggregates (serialized field by
 * field, in plaintext) are deleted so they are rebuilt from the now unreadable events.
 */
@Component
public class PersonalDataErasure {
    private final SubjectKeys keys;
    private final JdbcTemplate jdbc;

    PersonalDataErasure(SubjectKeys keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    void destroyKeysOf(ClientId clientId) {
        java.util.List<String> subjects = keys.erase(clientId.value());
        for (String subject : subjects) {
            jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", subject);
        }
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", clientId.value());
    }
}
