package com.jetops.command.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpTest {
    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void rfc6238TestVectors(long epochSecond, String code) {
        assertThat(Totp.codeAt(RFC_SECRET, Totp.timeStep(Instant.ofEpochSecond(epochSecond)))).isEqualTo(code);
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.base32Decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThatThrownBy(() -> Totp.base32Decode("MZ1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNamesItsStep() {
        String secret = Totp.newSecret(new SecureRandom());
        Instant now = Instant.parse("2026-11-22T12:00:10Z");
        long step = Totp.timeStep(now);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step), now)).hasValue(step);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step + 2), now)).isEmpty();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step - 2), now)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12a456", " 123456"})
    void malformedCodesAreRefused(String code) {
        assertThat(Totp.verify(RFC_SECRET, code, Instant.now())).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, null, Instant.now())).isEmpty();
    }

    @Test
    void theProvisioningUriIsWhatAuthenticatorAppsScan() {
        assertThat(Totp.provisioningUri("JetOps", "nell crain@example.com", "ABC234"))
                .isEqualTo("otpauth://totp/JetOps:nell%20crain%40example.com?secret=ABC234&issuer=JetOps"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
