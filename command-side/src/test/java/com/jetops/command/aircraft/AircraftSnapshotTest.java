package com.jetops.command.aircraft;

import com.jetops.platform.eventstore.AxonSerializers;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots go through the same Jackson serializer as events; an aircraft must come back whole. */
class AircraftSnapshotTest {

    @Test
    void anAircraftSurvivesASnapshotRoundTrip() {
        Aircraft aircraft = new Aircraft();
        aircraft.on(AircraftFixtures.registered(AircraftFixtures.registerG650()));
        Serializer serializer = AxonSerializers.jackson();

        SerializedObject<byte[]> snapshot = serializer.serialize(aircraft, byte[].class);
        Aircraft restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(aircraft);
        assertThat(new String(snapshot.getData())).contains("\"tailNumber\":\"N650GA\"");
    }
}
