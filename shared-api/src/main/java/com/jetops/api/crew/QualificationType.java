package com.jetops.api.crew;

/** What kind of qualification an expiry alert is about. */
public enum QualificationType {
    LICENCE,
    MEDICAL,
    TYPE_RATING,
    RECURRENT_TRAINING
}
