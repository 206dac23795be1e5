package com.jetops.command;

import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matches a refusal by its error code and the field it names, for aggregate fixtures. */
public final class Refusals {
    private Refusals() {
    }

    public static Matcher<RuleViolationException> refusedWith(ErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.code() == code && Objects.equals(e.refusal().field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal " + code + " on field " + field);
            }
        };
    }

    /** Matches a refusal by its error code and a fragment of the detail a person reads. */
    public static Matcher<RuleViolationException> refusedSaying(ErrorCode code, String detailFragment) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.code() == code && e.getMessage().contains(detailFragment);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal " + code + " saying '" + detailFragment + "'");
            }
        };
    }
}
