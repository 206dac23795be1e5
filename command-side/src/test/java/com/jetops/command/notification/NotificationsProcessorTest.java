package com.jetops.command.notification;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "notifications" processor as {@link NotificationConfiguration} sets it up, started for the
 * first time on a store that already has history: handlers like the directory see the whole
 * history, handlers like the outbox writer ({@code @DisallowReplay}) only what happens from then on.
 */
class NotificationsProcessorTest {

    @ProcessingGroup(NotificationDirectory.PROCESSING_GROUP)
    static class DirectoryLike {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String event) {
            seen.add(event);
        }
    }

    @ProcessingGroup(NotificationDirectory.PROCESSING_GROUP)
    @DisallowReplay
    static class OutboxWriterLike {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String event) {
            seen.add(event);
        }
    }

    @Test
    void onFirstStartTheHistoryIsLearnedButNotNotified() throws Exception {
        DirectoryLike directory = new DirectoryLike();
        OutboxWriterLike writer = new OutboxWriterLike();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        NotificationConfiguration.notificationsProcessor().configureModule(configurer);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> directory)
                .registerEventHandler(c -> writer));
        Configuration configuration = configurer.buildConfiguration();
        configuration.eventStore().publish(GenericEventMessage.asEventMessage("client registered last year"),
                GenericEventMessage.asEventMessage("booking confirmed last month"));
        configuration.start();
        try {
            await(() -> directory.seen.size() == 2);
            configuration.eventStore().publish(GenericEventMessage.asEventMessage("flight departed now"));
            await(() -> directory.seen.size() == 3 && writer.seen.size() == 1);

            assertThat(directory.seen).containsExactly("client registered last year", "booking confirmed last month",
                    "flight departed now");
            assertThat(writer.seen).containsExactly("flight departed now");
            assertThat(configuration.eventProcessingConfiguration()
                    .eventProcessor(NotificationDirectory.PROCESSING_GROUP)).isPresent();
        } finally {
            configuration.shutdown();
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!done.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(done.getAsBoolean()).as("in time").isTrue();
    }
}
