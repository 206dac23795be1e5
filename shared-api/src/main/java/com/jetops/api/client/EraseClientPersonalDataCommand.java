package com.jetops.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a client's personal data (Super Admin, with a fresh TOTP code). */
public record EraseClientPersonalDataCommand(@TargetAggregateIdentifier ClientId clientId) {
}
