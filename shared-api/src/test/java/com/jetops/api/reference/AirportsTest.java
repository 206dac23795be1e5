package com.jetops.api.reference;

import com.jetops.api.common.IcaoCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AirportsTest {
    private static final Airports AIRPORTS = Airports.bundled();

    @Test
    void loadsEveryRowOfTheOurAirportsExtract() {
        assertThat(AIRPORTS.size()).isEqualTo(4969);
    }

    @Test
    void readsQuotedFieldsWithCommas() {
        Airport lydd = AIRPORTS.find(new IcaoCode("EGMD")).orElseThrow();
        assertThat(lydd.municipality()).isEqualTo("Lydd, Ashford");
        assertThat(lydd.iata()).isEqualTo("LYX");
    }

    @Test
    void measuresGreatCircleDistancesInNauticalMiles() {
        Airport teterboro = AIRPORTS.find(new IcaoCode("KTEB")).orElseThrow();
        Airport vanNuys = AIRPORTS.find(new IcaoCode("KVNY")).orElseThrow();
        // Published great-circle distance TEB-VNY: about 2,126 nm.
        assertThat(teterboro.distanceNmTo(vanNuys)).isCloseTo(2126, within(10.0));
    }

    @Test
    void knowsWhichCodesExist() {
        assertThat(AIRPORTS.contains(new IcaoCode("KTEB"))).isTrue();
        assertThat(AIRPORTS.contains(new IcaoCode("ZZZZ"))).isFalse();
    }
}
