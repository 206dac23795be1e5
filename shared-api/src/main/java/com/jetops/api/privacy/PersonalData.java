package com.jetops.api.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value about a person (name, contact, address, passport, date of birth, diet). In stored
 * events it is encrypted with the key of the event's {@link DataSubject}; erasing the subject
 * destroys the key, and the value reads as "[erased]" (text) or null (anything else) ever after.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {
}
