package com.jetops.command.notification;

/** A way out of the outbox: e-mail or webhook. One call is one attempt. */
interface NotificationChannel {

    /** {@link NotificationOutbox#EMAIL} or {@link NotificationOutbox#WEBHOOK}. */
    String name();

    /** Delivers the row once; never throws for a delivery problem, it answers FAILED. */
    Outcome deliver(NotificationOutbox.Pending row);

    enum Result {
        SENT,
        /** Tried again with backoff until the attempts run out. */
        FAILED,
        /** Deliberately not sent, for good (channel off, client erased or opted out, subscription deleted). */
        SKIPPED
    }

    /** What an attempt came to; {@code httpStatus} for webhooks, {@code detail} the error or the reason skipped. */
    record Outcome(Result result, Integer httpStatus, String detail) {
        static Outcome sent(Integer httpStatus) {
            return new Outcome(Result.SENT, httpStatus, null);
        }

        static Outcome failed(Integer httpStatus, String detail) {
            return new Outcome(Result.FAILED, httpStatus, detail);
        }

        static Outcome skipped(String reason) {
            return new Outcome(Result.SKIPPED, null, reason);
        }

        boolean failed() {
            return result == Result.FAILED;
        }
    }
}
