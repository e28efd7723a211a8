package dev.custody.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetPolicyTest {
    private static final TargetPolicy STRICT = new TargetPolicy(List.of());
    private static final TargetPolicy LOOPBACK_ALLOWED = new TargetPolicy(List.of(Cidr.parse("127.0.0.0/8"),
            Cidr.parse("::1")));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(value = {
        "https://hooks.example.com/custody | ",
        "http://93.184.215.14:8080/in?x=1 | ",
        "HTTPS://hooks.example.com | ",
        "ftp://hooks.example.com/ | must start with https:// or http://",
        "file:///etc/passwd | must start with https:// or http://",
        "javascript:alert(1) | must start with https:// or http://",
        "hooks.example.com/custody | must start with https:// or http://",
        "https://user:secret@hooks.example.com/ | must not carry a user name or password",
        "https://token@hooks.example.com/ | must not carry a user name or password",
        "https:///custody | must name a host",
        "https://hooks.example.com/a b | is not a valid web address",
        "http://evil.example\\@good.example/ | is not a valid web address",
    }, delimiter = '|')
    void shouldCheckTheAddressText(String url, String problem) {
        assertThat(STRICT.checkUrl(url).orElse(null)).satisfies(found -> {
            if (problem == null) {
                assertThat(found).isNull();
            } else {
                assertThat(found).startsWith(problem);
            }
        });
    }

    @ParameterizedTest(name = "{0} public: {1}, with loopback allowed: {2}")
    @CsvSource({
        "8.8.8.8, true, true",
        "93.184.215.14, true, true",
        "172.32.0.1, true, true",
        "2606:4700:4700::1111, true, true",
        "127.0.0.1, false, true",
        "127.8.9.10, false, true",
        "::1, false, true",
        "::ffff:127.0.0.1, false, true",
        "10.1.2.3, false, false",
        "172.16.0.1, false, false",
        "172.31.255.255, false, false",
        "192.168.1.20, false, false",
        "169.254.169.254, false, false",
        "100.64.0.1, false, false",
        "0.0.0.0, false, false",
        "224.0.0.1, false, false",
        "255.255.255.255, false, false",
        "fe80::1, false, false",
        "fc00::1, false, false",
        "fd12:3456::1, false, false",
        "64:ff9b::a00:1, false, false",
        "::, false, false",
    })
    void shouldRefusePrivateAddressesUnlessAllowed(String address, boolean publicAddress, boolean allowedWithLoopback)
            throws UnknownHostException {
        List<InetAddress> resolved = List.of(InetAddress.getByName(address));
        assertThat(STRICT.checkAddresses("host", resolved).isEmpty()).isEqualTo(publicAddress);
        assertThat(LOOPBACK_ALLOWED.checkAddresses("host", resolved).isEmpty()).isEqualTo(allowedWithLoopback);
    }

    @Test
    void shouldRefuseAHostWhenAnyOfItsAddressesIsPrivate() throws UnknownHostException {
        List<InetAddress> resolved = List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7"));
        assertThat(STRICT.checkAddresses("hooks.example.com", resolved)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("hooks.example.com (10.0.0.7)").contains("custody.webhooks.allowed-networks"));
    }
}
