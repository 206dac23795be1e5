package com.jetops.command.pricing;

import com.jetops.api.reference.Airport;

/** How many minutes a leg is billed for. */
public final class FlightTime {
    private FlightTime() {
    }

    /**
     * Great-circle distance ÷ cruise speed, plus the category's taxi and climb allowance, rounded
     * UP to whole minutes: a started minute is flown, so it is billed. A quote prices still air on
     * a direct route; winds and airways are the operator's risk.
     */
    public static int minutes(Airport from, Airport to, int cruiseSpeedKt, int taxiMinutes) {
        double airborneMinutes = from.distanceNmTo(to) * 60 / cruiseSpeedKt;
        return (int) Math.ceil(airborneMinutes) + taxiMinutes;
    }
}
