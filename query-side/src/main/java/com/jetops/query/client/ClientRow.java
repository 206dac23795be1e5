package com.jetops.query.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of the clients read model: the view as JSON with its search columns, as of event {@link #version}. */
@Entity
@Table(name = "client")
class ClientRow {
    @Id
    @Column(name = "client_id")
    String clientId;
    long version;
    /** The company for a corporate client, the person for an individual: what lists show and sort by. */
    String name;
    @Column(name = "company_name")
    String companyName;
    String email;
    @Column(name = "vip_status")
    String vipStatus;
    String kind;
    boolean active;
    @Column(name = "registered_at")
    Instant registeredAt;
    String view;
    /** The payment providers' tokens, in the order of the view's payment methods (the view does not show them). */
    @Column(name = "payment_tokens")
    String paymentTokens = "[]";

    protected ClientRow() {
        // for JPA
    }

    ClientRow(String clientId) {
        this.clientId = clientId;
        this.version = -1;
    }
}
