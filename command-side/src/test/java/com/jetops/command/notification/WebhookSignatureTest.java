package com.jetops.command.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    /** Known answer, computed independently: printf '1700000000.{"id":"e1"}' | openssl dgst -sha256 -hmac whsec_test */
    @Test
    void signsTimestampDotBodyWithHmacSha256InHex() {
        assertThat(WebhookSignature.sign("whsec_test", 1700000000L, "{\"id\":\"e1\"}"))
                .isEqualTo("sha256=" + KNOWN_ANSWER);
    }

    @Test
    void verificationFailsForAnotherSecretTimestampOrBody() {
        String signature = WebhookSignature.sign("whsec_test", 1700000000L, "{\"id\":\"e1\"}");
        assertThat(WebhookSignature.verify("whsec_test", 1700000000L, "{\"id\":\"e1\"}", signature)).isTrue();
        assertThat(WebhookSignature.verify("whsec_other", 1700000000L, "{\"id\":\"e1\"}", signature)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", 1700000001L, "{\"id\":\"e1\"}", signature)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", 1700000000L, "{\"id\":\"e2\"}", signature)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", 1700000000L, "{\"id\":\"e1\"}", null)).isFalse();
    }

    static final String KNOWN_ANSWER = "6a85cb117c993612a34c72b4cfb5a16baed25a80d26e298ce0e6671320fd07c8";
}
