package com.jetops.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** The one way JetOps serializes events, snapshots, messages, tokens and sagas. */
public final class AxonSerializers {
    private AxonSerializers() {
    }

    /**
     * Axon's own mapper, kept apart from Spring MVC's: unknown properties are ignored so older
     * readers survive newer events, and events stay plain JSON (no type hints), readable by an
     * auditor with psql. Default (getter) visibility, because Axon's own serialized classes
     * (deadline scopes, tokens) rely on their getters; aggregates and sagas, which have no
     * getters, opt into field access with {@link SnapshotByFields}. Date-times keep the offset
     * they were given (a departure at 09:00-05:00 stays local 09:00: weekends are judged by it).
     */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    public static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }
}
