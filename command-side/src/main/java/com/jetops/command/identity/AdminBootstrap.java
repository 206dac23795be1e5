package com.jetops.command.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first Super Admin, from JETOPS_ADMIN_USERNAME / JETOPS_ADMIN_PASSWORD (bin/jetops up sets
 * them): created once when no active Super Admin exists; ignored afterwards.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAdministration administration;
    private final String username;
    private final String password;

    AdminBootstrap(UserAdministration administration,
                   @Value("${jetops.security.bootstrap-admin.username:}") String username,
                   @Value("${jetops.security.bootstrap-admin.password:}") String password) {
        this.administration = administration;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (administration.bootstrapAdmin(username, password)) {
            log.info("Created the first Super Admin {}: enrol an authenticator at first sign-in", username);
        }
    }
}
