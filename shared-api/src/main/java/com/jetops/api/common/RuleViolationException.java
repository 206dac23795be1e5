package com.jetops.api.common;

/** Thrown by a command handler when a rule refuses the command; nothing is applied. */
public class RuleViolationException extends RuntimeException {
    private final transient Refusal refusal;

    public RuleViolationException(ErrorCode code, String field, String message) {
        super(message);
        this.refusal = new Refusal(code, field, message);
    }

    public Refusal refusal() {
        return refusal;
    }

    public ErrorCode code() {
        return refusal.code();
    }
}
