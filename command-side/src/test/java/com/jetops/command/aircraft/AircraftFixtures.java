package com.jetops.command.aircraft;

import com.jetops.api.aircraft.AircraftCategory;
import com.jetops.api.aircraft.AircraftId;
import com.jetops.api.aircraft.AircraftRegisteredEvent;
import com.jetops.api.aircraft.AircraftSpecification;
import com.jetops.api.aircraft.RegisterAircraftCommand;
import com.jetops.api.common.IcaoCode;
import com.jetops.api.common.Money;
import com.jetops.api.common.TailNumber;

import java.util.Set;
import java.util.function.UnaryOperator;

/** Realistic aircraft for tests: a Gulfstream G650 based at Teterboro. */
final class AircraftFixtures {
    static final AircraftId G650_ID = AircraftId.of("3f2b8c1e-7d4a-4e6b-9a51-0c8d2f6e1a77");

    private AircraftFixtures() {
    }

    static AircraftSpecification g650Specification() {
        return new AircraftSpecification("Gulfstream", "G650ER", "GLF6", AircraftCategory.ULTRA_LONG_RANGE_JET,
                2019, 14, 7500, 488, Money.of("9800.00", "USD"));
    }

    static RegisterAircraftCommand registerG650() {
        return new RegisterAircraftCommand(G650_ID, new TailNumber("N650GA"), g650Specification(),
                new IcaoCode("KTEB"), Set.of("wifi", "full galley", "lie-flat seats"));
    }

    static RegisterAircraftCommand registerG650With(UnaryOperator<AircraftSpecification> change) {
        RegisterAircraftCommand command = registerG650();
        return new RegisterAircraftCommand(command.aircraftId(), command.tailNumber(),
                change.apply(command.specification()), command.baseAirport(), command.amenities());
    }

    static AircraftRegisteredEvent registered(RegisterAircraftCommand command) {
        return new AircraftRegisteredEvent(command.aircraftId(), command.tailNumber(), command.specification(),
                command.baseAirport(), command.amenities());
    }
}
