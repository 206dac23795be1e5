package com.jetops.command.client;

import com.jetops.api.client.ClientId;

/** Set-based validation of client e-mail uniqueness, written in the event's transaction. */
public interface EmailClaims {

    /** @return true if the address is now held by this client (or already was), false if another holds it */
    boolean claim(String email, ClientId clientId);

    void release(String email, ClientId clientId);
}
