package com.jetops.command.tracking;

import java.util.List;

/** The body of POST /aircraft/{id}/positions: the reports in strictly increasing time order. */
record PositionBatch(List<PositionReport> positions) {
}
