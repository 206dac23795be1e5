package com.jetops.api.client;

import java.time.Instant;

/**
 * The client's personal data was erased (GDPR art. 17): the key their data was encrypted with is
 * destroyed, so every earlier event now reads "[erased]" there; read models that copied it
 * overwrite their copies. What is not personal (bookings, prices, invoices) stays for accounting.
 */
public record ClientPersonalDataErasedEvent(ClientId clientId, Instant erasedAt) {
}
