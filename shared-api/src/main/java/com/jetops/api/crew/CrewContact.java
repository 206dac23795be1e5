package com.jetops.api.crew;

/** How to reach a crew member, and whom to call in an emergency. */
public record CrewContact(String phone, String email, String emergencyContactName, String emergencyContactPhone) {
}
