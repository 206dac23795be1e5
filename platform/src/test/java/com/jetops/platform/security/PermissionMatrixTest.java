package com.jetops.platform.security;

import com.jetops.api.security.Role;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionMatrixTest {

    @Test
    void theMostSpecificRuleDecides() {
        assertThat(PermissionMatrix.ruleFor("GET", "/flights/live")).get()
                .satisfies(rule -> assertThat(rule.path()).isEqualTo("/flights/live"));
        assertThat(PermissionMatrix.ruleFor("GET", "/flights/3f1c2a52-8f0e-4a8e-9d55-0c3d6b1f2e11")).get()
                .satisfies(rule -> assertThat(rule.path()).isEqualTo("/flights/{id}"));
        assertThat(PermissionMatrix.ruleFor("GET", "/crew/expiring")).get()
                .satisfies(rule -> assertThat(rule.path()).isEqualTo("/crew/expiring"));
    }

    @Test
    void aRequestNoRuleNamesIsRefused() {
        assertThat(PermissionMatrix.ruleFor("DELETE", "/flights/42")).isEmpty();
        assertThat(PermissionMatrix.ruleFor("GET", "/secret-admin-page")).isEmpty();
    }

    @Test
    void ownOnlyRolesAreAllowedButMarked() {
        PermissionMatrix.Rule flights = PermissionMatrix.ruleFor("GET", "/flights").orElseThrow();
        assertThat(flights.allows(Role.CLIENT)).isTrue();
        assertThat(flights.ownOnly()).contains(Role.CLIENT, Role.BOOKING_AGENT, Role.AIRCRAFT_OWNER);
        assertThat(flights.allows(Role.CREW_MEMBER)).isFalse();
        assertThat(PermissionMatrix.ruleFor("GET", "/dashboards/flight-margins").orElseThrow().allows(Role.CLIENT))
                .isFalse();
    }

    @Test
    void payoutsRoleChangesAndErasureNeedAFreshSecondFactor() {
        assertThat(PermissionMatrix.rules()).filteredOn(PermissionMatrix.Rule::sensitive)
                .extracting(PermissionMatrix.Rule::path)
                .containsExactlyInAnyOrder("/users/{id}/role", "/invoices/{id}/owner-payout", "/clients/{id}/erase");
    }

    /** The README's permission table is this matrix, regenerated: change one, change both. */
    @Test
    void theReadmeShowsTheMatrixAsItIs() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md's permission table is stale: paste PermissionMatrix.markdownTable()")
                .contains(PermissionMatrix.markdownTable());
    }
}
