package com.jetops.api.client;

/** The client's service tier changed. */
public record VipStatusChangedEvent(
        ClientId clientId,
        VipStatus vipStatus) {
}
