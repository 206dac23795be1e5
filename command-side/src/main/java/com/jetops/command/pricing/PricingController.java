package com.jetops.command.pricing;

import com.jetops.api.pricing.PricingRules;
import com.jetops.api.pricing.PublishPricingRulesCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/pricing")
@Tag(name = "Pricing", description = "The operator's pricing rules, versioned")
class PricingController {
    private final CommandGateway commandGateway;

    PricingController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record Published(long version) {
    }

    @PutMapping("/rules")
    @Operation(summary = "Publish a new version of the pricing rules (rates, surcharges, demand tiers, services, "
            + "taxes, fees, exchange rates); quotes name the version they used")
    Published publish(@RequestBody PricingRules rules) {
        Long version = commandGateway.sendAndWait(new PublishPricingRulesCommand(PricingPolicy.OPERATOR, rules));
        return new Published(version == null ? 0 : version);
    }
}
