package com.jetops.api.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeWindowTest {
    private static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        TimeWindow morning = window("2026-12-01T08:00:00Z", "2026-12-01T10:00:00Z");
        TimeWindow noon = window("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z");
        assertThat(morning.overlaps(noon)).isFalse();
        assertThat(noon.overlaps(morning)).isFalse();
    }

    @Test
    void windowsSharingAnyInstantOverlap() {
        TimeWindow morning = window("2026-12-01T08:00:00Z", "2026-12-01T10:00:00Z");
        TimeWindow late = window("2026-12-01T09:59:00Z", "2026-12-01T12:00:00Z");
        assertThat(morning.overlaps(late)).isTrue();
        assertThat(late.overlaps(morning)).isTrue();
    }

    @Test
    void endMustFollowStart() {
        assertThatThrownBy(() -> window("2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z"))
                .isInstanceOf(RuleViolationException.class);
    }
}
