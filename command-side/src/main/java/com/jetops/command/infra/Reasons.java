package com.jetops.command.infra;

/** Reasons the sagas send to the aircraft, which keeps them short; the item holds the full description. */
public final class Reasons {
    private Reasons() {
    }

    /** At most max characters: a longer reason would be refused and the saga's command lost. */
    public static String shortened(String reason, int max) {
        return reason.length() <= max ? reason : reason.substring(0, max - 1) + "…";
    }
}
