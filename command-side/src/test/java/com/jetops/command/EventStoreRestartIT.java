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
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An accepted command's event outlives the application: close the context, start a new one, read it back. */
class EventStoreRestartIT {

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .profiles("test")
                .run("--server.port=0");
    }

    private static RegisterAircraftCommand registerFalcon() {
        return new RegisterAircraftCommand(AircraftId.random(),
                new TailNumber("R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()),
                new AircraftSpecification("Dassault", "Falcon 8X", "FA8X", AircraftCategory.HEAVY_JET, 2021, 14,
                        6450, 460, Money.of("8900", "EUR")),
                new IcaoCode("LFPB"), Set.of("shower"));
    }

    private static long globalIndexOf(ConfigurableApplicationContext context, AircraftId id) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select global_index from domain_event_entry where aggregate_identifier = ?", Long.class, id.value());
    }

    @Test
    void eventIsReadBackAfterARestart() {
        RegisterAircraftCommand command = registerFalcon();
        AircraftId id = command.aircraftId();

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

    /**
     * Hibernate's default pooled sequence would hand each new JVM a fresh block of 50 global
     * indexes, leaving gaps that streaming processors must wait out or skip.
     */
    @Test
    void globalIndexStaysDenseAcrossARestart() {
        RegisterAircraftCommand before = registerFalcon();
        RegisterAircraftCommand after = registerFalcon();
        long indexBefore;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(CommandGateway.class).sendAndWait(before);
            indexBefore = globalIndexOf(first, before.aircraftId());
        }

        try (ConfigurableApplicationContext second = start()) {
            second.getBean(CommandGateway.class).sendAndWait(after);
            assertThat(globalIndexOf(second, after.aircraftId())).isEqualTo(indexBefore + 1);
        }
    }
}
