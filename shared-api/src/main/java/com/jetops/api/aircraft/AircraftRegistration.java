package com.jetops.api.aircraft;

import java.time.LocalDate;

/** The certificate of registration: state of registry (ISO country code), number, date of issue. */
public record AircraftRegistration(String country, String certificateNumber, LocalDate issuedOn) {
}
