package com.jetops.command.identity;

import com.jetops.command.infra.ActingFor;
import com.jetops.platform.security.Caller;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every command sent for a request carries who sent it (user id, name, role) and from where, and
 * its events inherit that metadata: the audit trail names the person behind each event. Commands
 * a saga sends while handling an event inherit it from that event.
 */
@Configuration
class CallerMetadata {
    static final String USER = "user";
    static final String USERNAME = "username";
    static final String ROLE = "role";
    static final String ADDRESS = "address";
    /** The caller's (or the gateway's) X-Correlation-Id: ties an event to the request a client logged. */
    static final String REQUEST_ID = "requestId";
    private static final Pattern REQUEST_ID_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    CallerMetadata(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(messages -> (index, command) -> {
            Map<String, Object> metadata = new HashMap<>();
            Caller.current().ifPresent(caller -> {
                metadata.put(USER, caller.userId());
                metadata.put(USERNAME, caller.username());
                metadata.put(ROLE, caller.role().name());
                ActingFor.of(caller).ifPresent(actingFor -> metadata.put(ActingFor.METADATA_KEY, actingFor));
            });
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                metadata.put(ADDRESS, request.getRequest().getRemoteAddr());
                String requestId = request.getRequest().getHeader("X-Correlation-Id");
                if (requestId != null && REQUEST_ID_FORMAT.matcher(requestId).matches()) {
                    metadata.put(REQUEST_ID, requestId);
                }
            }
            return metadata.isEmpty() ? command : command.andMetaData(metadata);
        });
    }

    /** Static: the command bus needs it before this class exists. */
    @Bean
    static CorrelationDataProvider callerCorrelation() {
        return new SimpleCorrelationDataProvider(USER, USERNAME, ROLE, ADDRESS, REQUEST_ID);
    }
}
