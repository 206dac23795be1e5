package com.jetops.api.crew;

import com.jetops.api.common.TimeWindow;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The times actually flown on an assignment, reported after the trip. They replace the planned
 * times in the duty ledger (both stay in history). {@code overrunBeyondControl}: the duty ran
 * past its planned release for reasons outside the crew's and operator's control (weather, ATC),
 * which lengthens the next rest.
 */
public record RecordActualDutyCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        AssignmentId assignmentId,
        TimeWindow duty,
        List<TimeWindow> flights,
        boolean overrunBeyondControl) {
}
