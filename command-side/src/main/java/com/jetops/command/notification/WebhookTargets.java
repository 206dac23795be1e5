package com.jetops.command.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook may be delivered: only to public addresses unless configured otherwise. The
 * host is resolved when a subscription is made and again before every delivery (a name that
 * later resolves inward is refused then).
 */
final class WebhookTargets {
    private WebhookTargets() {
    }

    /** Why the URL's host may not be called, or empty when it may. */
    static Optional<String> refusal(URI url, boolean allowPrivate) {
        if (allowPrivate) {
            return Optional.empty();   // any address goes; an unknown name fails at delivery and is retried
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("host " + url.getHost() + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Optional.of("host " + url.getHost() + " resolves to an internal address (" + address.getHostAddress()
                        + "): webhooks go to public addresses only");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;                                  // fc00::/7 unique local
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64            // 100.64/10 shared address space
                || (bytes[0] & 0xff) == 0;                                     // 0/8 "this network"
    }
}
