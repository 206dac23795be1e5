package com.jetops.command.identity;

import java.time.Instant;

/** Authenticator codes for tests in other packages (Totp itself stays package-private). */
public final class TestTotp {
    private TestTotp() {
    }

    public static long timeStep() {
        return Totp.timeStep(Instant.now());
    }

    public static String code(String secret, long step) {
        return Totp.codeAt(secret, step);
    }
}
