package dev.custody.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where webhooks may go (against server-side request forgery): an http or https address without a user name or
 * password, whose host resolves only to public addresses, unless an allowed network lists the private ones.
 */
public final class TargetPolicy {
    /** Loopback, private, link-local (cloud metadata), shared, documentation, multicast and reserved blocks. */
    static final List<Cidr> NOT_PUBLIC = Stream.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "64:ff9b::/96",
            "100::/64", "2001::/32", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8")
            .map(Cidr::parse).toList();

    private final List<Cidr> allowed;

    public TargetPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Why this text cannot be an endpoint's address (checked without looking the host up), or empty. */
    public Optional<String> checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must start with https:// or http://");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password before the host; the receiver checks the "
                    + "signature instead");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        return Optional.empty();
    }

    /** Why a host that resolves to these addresses must not be called, or empty. */
    public Optional<String> checkAddresses(String host, List<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            if (NOT_PUBLIC.stream().anyMatch(c -> c.contains(address)) && allowed.stream().noneMatch(c -> c.contains(address))) {
                return Optional.of(String.format(Locale.ROOT, "leads to %s (%s), a loopback, private or reserved "
                        + "address; webhooks go only to public addresses unless custody.webhooks.allowed-networks "
                        + "lists it", host, address.getHostAddress()));
            }
        }
        return Optional.empty();
    }
}
