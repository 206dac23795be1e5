package com.jetops.command.infra;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.reference.Airports;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

@Configuration
public class AxonCommandConfiguration {

    @Bean
    Airports airports() {
        return Airports.bundled();
    }

    /**
     * Axon's own: every message carries the id of the message that caused it and of the first in
     * its chain. Static, like the next: the command bus needs them before this class exists.
     */
    @Bean
    static CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** And the name of that message (a command, or the event a saga reacted to): the audit trail shows it. */
    @Bean
    static CorrelationDataProvider causedByProvider() {
        return message -> Map.of("causedBy", message.getPayloadType().getSimpleName());
    }

    /**
     * Aggregates stay in memory between commands, the most recently used up to
     * {@code jetops.aggregates.cache-size}, so a command loads nothing from the event store: the
     * benchmark showed loading and deserializing the events after the last snapshot as the largest
     * cost of a small command. Axon evicts an aggregate whose unit of work rolled back. Safe only
     * while one instance writes each aggregate: one command side per database in the embedded
     * mode, or Axon Server routing each aggregate to one instance; 0 turns the cache off.
     */
    @Bean
    Cache aggregateCache(@Value("${jetops.aggregates.cache-size:10000}") long size) {
        return size > 0 ? new BoundedAggregateCache(size) : NoCache.INSTANCE;
    }

    @Bean
    SnapshotTriggerDefinition eventCountSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.threshold());
    }

    /**
     * Sagas and the command side's own event handlers (booking catalog, maintenance due tracking)
     * retry a failing event instead of Axon's default of logging and skipping it: a skipped
     * BookingRequested would leave a booking REQUESTED forever, and the retry rolls back the
     * failed attempt's commands with it (they commit in the handler's transaction).
     * Static: the configurer needs it before this class (which wires the command bus) exists.
     */
    @Bean
    static ConfigurerModule retryFailingEventHandlers() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    /**
     * A refused command travels back as a CommandExecutionException whose details carry the
     * Refusal: Axon Server serializes the details but not the original exception, so this keeps
     * the error code identical in the embedded and the Axon Server mode.
     */
    @Autowired
    void translateRefusals(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (RuleViolationException refused) {
                throw new CommandExecutionException(refused.getMessage(), refused, refused.refusal());
            } catch (IncompatibleAggregateException otherKind) {
                // The id belongs to another kind of record (a client's id on an aircraft path).
                Refusal refusal = new Refusal(ErrorCode.NOT_FOUND, null, "No such record for this request");
                throw new CommandExecutionException(refusal.message(), otherKind, refusal);
            } catch (AggregateNotFoundException missing) {
                Refusal refusal = new Refusal(ErrorCode.NOT_FOUND, null,
                        "Nothing exists with id " + missing.getAggregateIdentifier());
                throw new CommandExecutionException(refusal.message(), missing, refusal);
            }
        });
    }
}
