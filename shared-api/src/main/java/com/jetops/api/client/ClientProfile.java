package com.jetops.api.client;

import com.jetops.api.privacy.PersonalData;

import java.util.List;

/**
 * Who the client is and how to reach and bill them.
 *
 * @param companyName       required for a corporate client, absent for an individual
 * @param contact           the person the operator deals with (the client themself if individual)
 * @param email             unique across clients; the login and notification address
 * @param emergencyContacts people to call if something happens during a trip
 */
public record ClientProfile(
        ClientKind kind,
        String companyName,
        Contact contact,
        @PersonalData String email,
        @PersonalData String phone,
        Address billingAddress,
        List<Contact> emergencyContacts) {
}
