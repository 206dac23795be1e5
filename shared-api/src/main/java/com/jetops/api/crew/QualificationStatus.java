package com.jetops.api.crew;

/**
 * How a qualification stands today: expired once its expiry date has passed; expiring soon once
 * the command side has raised its {@link QualificationExpiringSoonEvent} for that expiry.
 */
public enum QualificationStatus {
    VALID,
    EXPIRING_SOON,
    EXPIRED
}
