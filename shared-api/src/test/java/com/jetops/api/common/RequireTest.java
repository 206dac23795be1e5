package com.jetops.api.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequireTest {

    @ParameterizedTest
    @ValueSource(strings = {"Van Nuys", "N512JT", "O'Brien-Smith & Co.", "nell+trips@example.com", "Zürich",
            "東京", "+1 (212) 555-0142", "AD 2024-05-12", "São Paulo / Guarulhos", "Ops #3", "KTEB_EGLL"})
    void namesAddressesTailsAndPhoneNumbersAreSearchText(String text) {
        assertThat(Require.searchText(text, "q", 200)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE client; --", "name:*", "{\"match_all\":{}}", "N1*", "a\u0000b", "x OR \"1\"=\"1\"",
            "a -- b", "/* hint */", "tail~2", "[0 TO 9]", "a\\b", "<script>", "x|y", "a\nb"})
    void querySyntaxAndControlCharactersAreRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> Require.searchText(text, "q", 200))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.refusal().field()).isEqualTo("q");
                    assertThat(e.refusal().code()).isEqualTo(ErrorCode.INVALID_VALUE);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "", "not-a-uuid", "%00", "1-2-3-4-5-6"})
    void anUnreadableValueIsAnInvalidValueOfItsField(String text) {
        assertThatThrownBy(() -> Require.parsed("id", () -> java.util.UUID.fromString(text)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.refusal().field()).isEqualTo("id");
                    assertThat(e.refusal().code()).isEqualTo(ErrorCode.INVALID_VALUE);
                });
        assertThatThrownBy(() -> Require.parsed("at", () -> java.time.Instant.parse(text)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.refusal().field()).isEqualTo("at"));
    }
}
