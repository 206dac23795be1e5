package com.jetops.api.common;

import java.util.Objects;

/**
 * Why a command was refused: the code, the request field at fault (null when no single field
 * is) and a human explanation. Travels as the details of Axon's CommandExecutionException, so it
 * crosses Axon Server unchanged.
 */
public record Refusal(ErrorCode code, String field, String message) {
    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
