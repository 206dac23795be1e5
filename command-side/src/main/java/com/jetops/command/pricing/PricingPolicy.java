package com.jetops.command.pricing;

import com.jetops.api.common.Require;
import com.jetops.api.pricing.PricingRulesPublishedEvent;
import com.jetops.api.pricing.PublishPricingRulesCommand;
import com.jetops.command.infra.EventClock;
import com.jetops.platform.eventstore.SnapshotByFields;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The operator's pricing rules as a versioned history: one policy, each publication a new version. */
@SnapshotByFields
@Aggregate(cache = "aggregateCache")
public class PricingPolicy {
    public static final String OPERATOR = "operator";

    @AggregateIdentifier
    private String policyId;
    private long version;

    protected PricingPolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(PublishPricingRulesCommand command) {
        Require.that(Require.present(command.policyId(), "policyId"), OPERATOR::equals, "policyId",
                "the operator has one pricing policy, '" + OPERATOR + "'");
        apply(new PricingRulesPublishedEvent(OPERATOR, version + 1, Require.present(command.rules(), "rules"),
                EventClock.now()));
        return version;
    }

    @EventSourcingHandler
    void on(PricingRulesPublishedEvent event) {
        policyId = event.policyId();
        version = event.version();
    }
}
