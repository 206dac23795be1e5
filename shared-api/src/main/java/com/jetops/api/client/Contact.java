package com.jetops.api.client;

/** A person to reach: the client's contact person or an emergency contact. */
public record Contact(String name, String relationship, String phone, String email) {
}
