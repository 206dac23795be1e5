package com.jetops.api.client;

public record FindClientQuery(ClientId clientId) {
}
