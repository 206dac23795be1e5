package com.jetops.api.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The client a {@link DataSubject} belongs to (a booking's client): erasing that client erases
 * the booking's personal data too. Set on the event that first names the subject.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface DataSubjectOwner {
}
