package com.jetops.platform.eventstore;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TailNumber;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the event store, the deadline table and the saga store hold must come back intact. */
class AxonSerializersTest {
    private final Serializer serializer = AxonSerializers.jackson();

    @Test
    void eventsRoundTripAsPlainJson() {
        AircraftRegisteredEvent event = new AircraftRegisteredEvent(AircraftId.random(), new TailNumber("N650GA"),
                new AircraftSpecification("Gulfstream", "G650ER", "GLF6", AircraftCategory.ULTRA_LONG_RANGE_JET, 2019,
                        14, 7500, 488, Money.of("9800.00", "USD")), new IcaoCode("KTEB"), Set.of("wifi"));

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(new String(stored.getData())).contains("\"tailNumber\":\"N650GA\"")
                .contains("\"hourlyRate\":{\"amount\":\"9800.00\",\"currency\":\"USD\"}");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    /** A deadline stores the scope of its aggregate; with field-only access its lazy identifier was lost. */
    @Test
    void aDeadlineScopeKeepsItsAggregateIdentifier() {
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor("CrewMember", () -> "0c59ded1");

        AggregateScopeDescriptor restored = serializer.deserialize(serializer.serialize(scope, byte[].class));

        assertThat(restored.getType()).isEqualTo("CrewMember");
        assertThat(restored.getIdentifier()).isEqualTo("0c59ded1");
    }
}
