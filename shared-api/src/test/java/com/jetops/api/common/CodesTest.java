package com.jetops.api.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"KTEB", "kteb", " EGLF ", "LFMN"})
    void acceptsIcaoCodesInAnyCase(String code) {
        assertThat(new IcaoCode(code).value()).matches("[A-Z]{4}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEB", "KTEBX", "K-EB", "", "1234"})
    void refusesWhatIsNotAnIcaoCode(String code) {
        assertThatThrownBy(() -> new IcaoCode(code)).isInstanceOf(RuleViolationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N650GA", "g-lxry", "HB-JFA", "9H-VJA"})
    void acceptsRegistrationMarks(String tail) {
        assertThat(new TailNumber(tail).value()).isEqualTo(tail.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "-N650", "N650-", "N650GA12345", "N 650"})
    void refusesWhatIsNotARegistrationMark(String tail) {
        assertThatThrownBy(() -> new TailNumber(tail)).isInstanceOf(RuleViolationException.class);
    }
}
