package dev.custody.webhooks;

import dev.custody.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/** Applies the target policy with the configured allowed networks: at registration and before every attempt. */
@ApplicationScoped
public class WebhookTargets {
    private final TargetPolicy policy;

    @Inject
    public WebhookTargets(WebhookConfig config) {
        policy = new TargetPolicy(config.allowedNetworks().orElse(List.of()).stream()
                .filter(s -> !s.isBlank()).map(Cidr::parse).toList());
    }

    /** Refuses an address that may not be called, naming the field url; looks the host up. */
    public void check(String url) {
        String problem = problem(url);
        if (problem != null) {
            throw new InvalidInputException("url", problem);
        }
    }

    /** Why this address may not be called now, or null. */
    public String problem(String url) {
        String textual = policy.checkUrl(url).orElse(null);
        if (textual != null) {
            return textual;
        }
        String host = URI.create(url.trim()).getHost();
        try {
            List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(host));
            return policy.checkAddresses(host, addresses).orElse(null);
        } catch (UnknownHostException e) {
            return "names the host " + host + ", which cannot be found";
        }
    }
}
