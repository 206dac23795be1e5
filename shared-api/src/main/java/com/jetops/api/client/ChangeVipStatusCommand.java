package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the client's service tier. */
public record ChangeVipStatusCommand(
        @TargetAggregateIdentifier ClientId clientId,
        VipStatus vipStatus) {
}
