package com.jetops.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

/**
 * Every request that is not for the gateway itself (console, Swagger UI, merged OpenAPI, health)
 * goes to one of the two services, chosen by {@link Upstream#of}. Tokens pass through untouched:
 * each service verifies them itself, so the gateway holds no key and grants nothing.
 */
@Configuration
class ApiRoutes {

    @Bean
    RouterFunction<ServerResponse> commandSideRoute(GatewayProperties properties, OwnPaths ownPaths) {
        return routeTo(Upstream.COMMAND_SIDE, properties, ownPaths);
    }

    @Bean
    RouterFunction<ServerResponse> querySideRoute(GatewayProperties properties, OwnPaths ownPaths) {
        return routeTo(Upstream.QUERY_SIDE, properties, ownPaths);
    }

    private static RouterFunction<ServerResponse> routeTo(Upstream upstream, GatewayProperties properties, OwnPaths ownPaths) {
        RequestPredicate forUpstream = request -> !ownPaths.serves(request)
                && Upstream.of(request, properties) == upstream;
        return route(upstream.serviceName)
                .route(forUpstream, http())
                // A service that is down or restarting is the gateway's 503, not a 500.
                .onError(ResourceAccessException.class, (error, request) -> Problems.unavailable(upstream, request.path()))
                .before(uri(upstream == Upstream.COMMAND_SIDE ? properties.commandUri() : properties.queryUri()))
                .after((request, response) -> {
                    HttpHeaders headers = response.headers();
                    if (headers.containsKey(Upstream.HEADER)) {
                        return response; // the gateway's own answer (read-only), complete already
                    }
                    headers.keySet().removeIf(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15));
                    headers.set(Upstream.HEADER, upstream.serviceName);
                    return response;
                })
                .build();
    }
}
