package com.jetops.api.aircraft;

import java.time.LocalDate;

/** Hull and liability cover: who insures the aircraft, under which policy, until when. */
public record AircraftInsurance(String insurer, String policyNumber, LocalDate expiresOn) {
}
