package com.jetops.gateway;

import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.ServerRequest;

import java.util.List;

/** The two services behind the gateway, and the rule that picks one for a request. */
enum Upstream {
    COMMAND_SIDE("command-side"), QUERY_SIDE("query-side");

    /** Answer header naming the service that answered: lets tests and operators see the routing. */
    static final String HEADER = "X-JetOps-Upstream";

    final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    /**
     * Sign-in and writes go to the command side, reads (GET, HEAD, Server-Sent Events) to the query
     * side, except the reads the command side owns and the writes the query side owns.
     */
    static Upstream of(ServerRequest request, GatewayProperties properties) {
        String path = request.path();
        HttpMethod method = request.method();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (read) {
            return under(path, properties.commandReads()) ? COMMAND_SIDE : QUERY_SIDE;
        }
        return under(path, properties.queryWrites()) ? QUERY_SIDE : COMMAND_SIDE;
    }

    private static boolean under(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
