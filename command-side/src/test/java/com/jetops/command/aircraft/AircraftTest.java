package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.RuleViolationException;
import com.jetops.api.common.TailNumber;
import com.jetops.api.reference.Airports;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.jetops.command.aircraft.AircraftFixtures.registerG650;
import static com.jetops.command.aircraft.AircraftFixtures.registerG650With;
import static com.jetops.command.aircraft.AircraftFixtures.registered;

class AircraftTest {
    private AggregateTestFixture<Aircraft> fixture;
    private InMemoryTailNumberClaims tailNumbers;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Aircraft.class);
        tailNumbers = new InMemoryTailNumberClaims();
        fixture.registerInjectableResource(Airports.bundled());
        fixture.registerInjectableResource(tailNumbers);
    }

    static Matcher<RuleViolationException> refusedWith(ErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.code() == code && java.util.Objects.equals(e.refusal().field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal " + code + " on field " + field);
            }
        };
    }

    @Test
    void registersAnAircraftAvailableAtItsBase() {
        RegisterAircraftCommand command = registerG650();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(command));
    }

    @Test
    void refusesATailNumberAnotherAircraftHolds() {
        tailNumbers.claim(new TailNumber("N650GA"), AircraftId.random());
        fixture.givenNoPriorActivity()
                .when(registerG650())
                .expectException(refusedWith(ErrorCode.TAIL_NUMBER_TAKEN, "tailNumber"))
                .expectNoEvents();
    }

    @Test
    void refusesABaseAirportMissingFromTheReferenceData() {
        RegisterAircraftCommand command = registerG650();
        fixture.givenNoPriorActivity()
                .when(new RegisterAircraftCommand(command.aircraftId(), command.tailNumber(),
                        command.specification(), new IcaoCode("ZZZZ"), command.amenities()))
                .expectException(refusedWith(ErrorCode.UNKNOWN_AIRPORT, "baseAirport"))
                .expectNoEvents();
    }

    @Test
    void refusedRegistrationLeavesTheTailNumberFree() {
        fixture.givenNoPriorActivity()
                .when(registerG650With(spec -> withSeats(spec, 0)))
                .expectException(RuleViolationException.class);
        fixture.givenNoPriorActivity()
                .when(registerG650())
                .expectSuccessfulHandlerExecution();
    }

    static Stream<Arguments> specificationsOutOfRange() {
        return Stream.of(
                Arguments.of("seatingCapacity", (UnaryOperator<AircraftSpecification>) s -> withSeats(s, 0)),
                Arguments.of("seatingCapacity", (UnaryOperator<AircraftSpecification>) s -> withSeats(s, 201)),
                Arguments.of("rangeNm", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), -1, s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("cruiseSpeedKt", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), 40, s.hourlyRate())),
                Arguments.of("yearOfManufacture", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), 1903,
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("hourlyRate", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), Money.of("0", "USD"))),
                Arguments.of("manufacturer", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        "  ", s.model(), s.typeDesignator(), s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("typeDesignator", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), "Gulfstream 650", s.category(), s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())),
                Arguments.of("category", (UnaryOperator<AircraftSpecification>) s -> new AircraftSpecification(
                        s.manufacturer(), s.model(), s.typeDesignator(), null, s.yearOfManufacture(),
                        s.seatingCapacity(), s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate())));
    }

    @ParameterizedTest(name = "refuses {0} out of range")
    @MethodSource("specificationsOutOfRange")
    void refusesSpecificationsOutOfRange(String field, UnaryOperator<AircraftSpecification> change) {
        fixture.givenNoPriorActivity()
                .when(registerG650With(change))
                .expectException(anyRefusalOn(field))
                .expectNoEvents();
    }

    @Test
    void refusesMoreAmenitiesThanTheLimit() {
        RegisterAircraftCommand command = registerG650();
        Set<String> amenities = new HashSet<>();
        IntStream.range(0, Aircraft.MAX_AMENITIES + 1).forEach(i -> amenities.add("amenity " + i));
        fixture.givenNoPriorActivity()
                .when(new RegisterAircraftCommand(command.aircraftId(), command.tailNumber(),
                        command.specification(), command.baseAirport(), amenities))
                .expectException(refusedWith(ErrorCode.INVALID_VALUE, "amenities"))
                .expectNoEvents();
    }

    /** Missing values are MISSING_VALUE, out-of-range ones INVALID_VALUE; both name the field. */
    private static Matcher<RuleViolationException> anyRefusalOn(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return field.equals(e.refusal().field())
                        && (e.code() == ErrorCode.INVALID_VALUE || e.code() == ErrorCode.MISSING_VALUE);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal naming field " + field);
            }
        };
    }

    private static AircraftSpecification withSeats(AircraftSpecification s, int seats) {
        return new AircraftSpecification(s.manufacturer(), s.model(), s.typeDesignator(), s.category(),
                s.yearOfManufacture(), seats, s.rangeNm(), s.cruiseSpeedKt(), s.hourlyRate());
    }
}
