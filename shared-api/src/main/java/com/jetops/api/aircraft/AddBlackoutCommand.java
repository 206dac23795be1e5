package com.jetops.api.aircraft;

import com.jetops.api.common.TimeWindow;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Owner or operations close a window in the calendar (owner use, paint, charter elsewhere). */
public record AddBlackoutCommand(
        @TargetAggregateIdentifier AircraftId aircraftId,
        BlackoutId blackoutId,
        TimeWindow window,
        String reason) {
}
