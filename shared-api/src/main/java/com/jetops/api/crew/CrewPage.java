package com.jetops.api.crew;

import java.util.List;

/** One page of crew members; {@code total} counts every match, not just this page. */
public record CrewPage(List<CrewMemberView> items, int page, int size, long total) {
}
