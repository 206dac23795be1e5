package com.jetops.command.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8082/admin/projections", "http://10.0.0.7/hook", "http://172.20.0.3:9200/",
            "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8081/", "http://[fd00::1]/",
            "http://100.64.0.1/", "http://0.0.0.0:8080/", "http://localhost:8081/users"})
    void internalAddressesAreRefused(String url) {
        assertThat(WebhookTargets.refusal(URI.create(url), false)).get().asString().contains("internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook"})
    void publicAddressesAreAllowed(String url) {
        assertThat(WebhookTargets.refusal(URI.create(url), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8082/", "http://10.0.0.7/hook"})
    void internalAddressesAreAllowedWhenConfigured(String url) {
        assertThat(WebhookTargets.refusal(URI.create(url), true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://no-such-host.invalid/hook"})
    void anUnresolvableHostIsRefused(String url) {
        assertThat(WebhookTargets.refusal(URI.create(url), false)).get().asString().contains("cannot be resolved");
    }
}
