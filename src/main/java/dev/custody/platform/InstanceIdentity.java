package dev.custody.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name this process gives itself in the leases it holds: "host/pid/suffix". The random suffix keeps two lives of
 * the same process id (a container restarted with pid 1) apart, so a restarted instance never mistakes the jobs of
 * its dead predecessor for its own.
 */
@ApplicationScoped
public class InstanceIdentity {
    static final int MAX_LENGTH = 120;

    private final String id;

    @Inject
    public InstanceIdentity(LeaseConfig config) {
        String name = config.instanceName().filter(n -> !n.isBlank()).orElseGet(InstanceIdentity::generated);
        this.id = name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    /** This instance's name. */
    public String id() {
        return id;
    }

    private static String generated() {
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        return host() + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(suffix);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
