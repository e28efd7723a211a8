package dev.custody.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.HostAndPort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Location pointing at the host the request came to becomes a path; any other is left alone. */
class RelativeRedirectsTest {

    @ParameterizedTest(name = "{0} via {1}:{2} -> {3}")
    @CsvSource({
            "http://evil.example/login, evil.example, -1, /login",
            "http://evil.example:8080/organizations/7?saved=1#sites, evil.example, 8080, /organizations/7?saved=1#sites",
            "https://custody.example.com, custody.example.com, -1, /",
            "http://evil.example//other.example/x, evil.example, -1, /other.example/x",
            "/vendors, localhost, 8080, /vendors",
            "http://127.0.0.1:8180/realms/custody/auth?x=1, localhost, 8080, http://127.0.0.1:8180/realms/custody/auth?x=1",
            "http://localhost:9090/x, localhost, 8080, http://localhost:9090/x"})
    void shouldMakeRedirectsToThisHostRelative(String location, String host, int port, String expected) {
        assertThat(RelativeRedirects.relative(location, HostAndPort.create(host, port))).isEqualTo(expected);
    }
}
