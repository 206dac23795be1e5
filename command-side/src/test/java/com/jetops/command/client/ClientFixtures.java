package com.jetops.command.client;

import com.jetops.api.client.Address;
import com.jetops.api.client.ClientId;
import com.jetops.api.client.ClientKind;
import com.jetops.api.client.ClientProfile;
import com.jetops.api.client.ClientRegisteredEvent;
import com.jetops.api.client.Contact;

import java.util.List;

/** A corporate client (a family office in New York) for tests. */
final class ClientFixtures {
    static final ClientId CLIENT_ID = ClientId.of("c2f7a3d1-8b4e-4f6a-9c2d-1e3f5a7b9c0d");

    private ClientFixtures() {
    }

    static ClientProfile familyOffice(String email) {
        return new ClientProfile(ClientKind.CORPORATE, "Hudson Family Office",
                new Contact("Eleanor Vance", "chief of staff", "+1 212 555 0142", null),
                email, "+1 212 555 0100",
                new Address("745 Fifth Avenue", "Suite 1200", "New York", "10151", "US"),
                List.of(new Contact("Marcus Vance", "spouse", "+1 917 555 0199", null)));
    }

    static ClientRegisteredEvent registered() {
        return new ClientRegisteredEvent(CLIENT_ID, familyOffice("travel@hudsonfo.example"));
    }
}
