package com.jetops.command.notification;

import com.jetops.api.notification.NotificationKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Notification kinds as this context's tables keep them: names, sorted, comma-separated. */
final class StoredKinds {
    private StoredKinds() {
    }

    static String names(Set<NotificationKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<NotificationKind> parse(String names) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).forEach(name -> kinds.add(NotificationKind.valueOf(name)));
        return kinds;
    }
}
