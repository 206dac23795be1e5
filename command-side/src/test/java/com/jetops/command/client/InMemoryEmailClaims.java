package com.jetops.command.client;

import com.jetops.api.client.ClientId;

import java.util.HashMap;
import java.util.Map;

/** The uniqueness rule without a database, for aggregate tests; PostgresEmailClaims is tested through the API. */
class InMemoryEmailClaims implements EmailClaims {
    final Map<String, ClientId> claims = new HashMap<>();

    @Override
    public boolean claim(String email, ClientId clientId) {
        return claims.computeIfAbsent(email, key -> clientId).equals(clientId);
    }

    @Override
    public void release(String email, ClientId clientId) {
        claims.remove(email, clientId);
    }
}
