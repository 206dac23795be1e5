package com.jetops.api.crew;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a completed recurrent training course and when it is next due. */
public record RecordTrainingCommand(
        @TargetAggregateIdentifier CrewMemberId crewMemberId,
        String course,
        LocalDate completedOn,
        LocalDate nextDueOn) {
}
