package com.jetops.api.security;

/**
 * Who a user is to the operator: the PRD's staff levels and external parties, plus the booking
 * platform's marketplace roles. External roles see only their own objects: a client their
 * bookings and profile, an owner their aircraft, an agent the bookings they handle, a crew member
 * their own schedule; their user account names that object ({@code subjectId}).
 */
public enum Role {
    SUPER_ADMIN(true),
    OPERATIONS_MANAGER(false),
    FINANCE_MANAGER(true),
    MAINTENANCE_MANAGER(false),
    CLIENT_SERVICES(false),
    CREW_MEMBER(false),
    CLIENT(false),
    AIRCRAFT_OWNER(false),
    BOOKING_AGENT(false);

    private final boolean loginNeedsSecondFactor;

    Role(boolean loginNeedsSecondFactor) {
        this.loginNeedsSecondFactor = loginNeedsSecondFactor;
    }

    /** Super Admin and Finance Manager log in with a TOTP code as well as the password. */
    public boolean loginNeedsSecondFactor() {
        return loginNeedsSecondFactor;
    }

    /** The roles whose user account stands for one client, owner, agent or crew member. */
    public boolean actsForOneSubject() {
        return this == CREW_MEMBER || this == CLIENT || this == AIRCRAFT_OWNER || this == BOOKING_AGENT;
    }
}
