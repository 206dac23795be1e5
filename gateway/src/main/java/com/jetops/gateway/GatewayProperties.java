package com.jetops.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * Where the two sides listen; which reads the command side owns (sign-in state and the user and
 * integration administration it keeps in its own tables; every other read is a projection) and
 * which writes the query side owns (rebuilding its projections, handling its dead letters);
 * which callers may tell the gateway a client's address (a load balancer in front, by address
 * pattern; none by default); and which browser origins other than its own may call the API.
 */
@ConfigurationProperties("jetops.gateway")
public record GatewayProperties(
        @DefaultValue("http://localhost:8081") URI commandUri,
        @DefaultValue("http://localhost:8082") URI queryUri,
        @DefaultValue({"/auth", "/users", "/security-events", "/webhooks"}) List<String> commandReads,
        @DefaultValue("/admin") List<String> queryWrites,
        @DefaultValue("(?!)") String trustedProxies,
        @DefaultValue({}) List<String> corsAllowedOrigins) {
}
