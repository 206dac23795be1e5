package com.jetops.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
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
     * Axon's own mapper, kept apart from Spring MVC's: aggregates are snapshotted by field so
     * they need no getters, and unknown properties are ignored so older readers survive newer
     * events. Events stay plain JSON (no type hints), readable by an auditor with psql.
     */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    }

    public static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }
}
