package com.jetops.api.crew;

import java.util.List;

/** The pilots whose flight time in the period would break the proposed limits, with every figure that would. */
public record ComplianceWhatIf(ComplianceWhatIfQuery proposed, int pilotsChecked,
                               List<CrewAssignments.PilotFlightTime> wouldBreach) {
}
