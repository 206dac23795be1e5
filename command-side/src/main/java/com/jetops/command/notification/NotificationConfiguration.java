package com.jetops.command.notification;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the notification context: its own processor, the templates and the sender's schedule. */
@org.springframework.context.annotation.Configuration
@EnableScheduling
class NotificationConfiguration {

    /**
     * The "notifications" processor, a tracking processor on the command side (the query side's
     * rebuild tooling never resets it). On its very first start its token is a replay token
     * from the first event up to the head of the store: the directory learns every client and
     * booking, while the outbox handlers ({@code @DisallowReplay}) skip the past, so a new
     * deployment mails nothing old but knows the addresses of clients registered before it.
     * After that it continues from its own token, in the transaction of the outbox rows.
     * Static: the configurer needs it before this class exists.
     */
    @Bean
    static ConfigurerModule notificationsProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTrackingEventProcessor(
                NotificationDirectory.PROCESSING_GROUP, Configuration::eventStore,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(source -> ReplayToken.createReplayToken(
                                source.createHeadToken(), source.createTailToken()))));
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }
}
