package com.jetops.command;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TailNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An accepted command's event outlives the application: close the context, start a new one, read it back. */
class EventStoreRestartIT {

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .profiles("test")
                .properties("server.port=0")
                .run();
    }

    @Test
    void eventIsReadBackAfterARestart() {
        AircraftId id = AircraftId.random();
        RegisterAircraftCommand command = new RegisterAircraftCommand(id,
                new TailNumber("R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()),
                new AircraftSpecification("Dassault", "Falcon 8X", "FA8X", AircraftCategory.HEAVY_JET, 2021, 14,
                        6450, 460, Money.of("8900", "EUR")),
                new IcaoCode("LFPB"), Set.of("shower"));

        try (ConfigurableApplicationContext first = start()) {
            first.getBean(CommandGateway.class).sendAndWait(command);
        }

        try (ConfigurableApplicationContext second = start()) {
            List<? extends DomainEventMessage<?>> events = second.getBean(EventStore.class)
                    .readEvents(id.value()).asStream().toList();
            assertThat(events).hasSize(1);
            assertThat(events.get(0).getSequenceNumber()).isZero();
            assertThat(events.get(0).getPayload()).isEqualTo(new AircraftRegisteredEvent(id, command.tailNumber(),
                    command.specification(), command.baseAirport(), command.amenities()));
        }
    }
}
