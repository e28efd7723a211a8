package dev.custody.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_test-secret";
    private static final byte[] BODY = "{\"specversion\":\"1.0\",\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    private static final long SENT = 1_733_580_000L;

    @Test
    void shouldSignTheTimestampAndBodyAsOpensslDoes() {
        // printf '%s' '1733580000.{"specversion":"1.0","id":"x"}' | openssl dgst -sha256 -hmac 'whsec_test-secret'
        assertThat(WebhookSignature.header(SECRET, SENT, BODY))
                .isEqualTo("t=1733580000,v1=1112a549e80f9f15ab54b71051bfd899b102e4ef52e15ae651925042317d0233");
    }

    @Test
    void shouldAcceptItsOwnSignatureWithinTheTolerance() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT + 299, 300)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT - 300, 300)).isTrue();
    }

    @Test
    void shouldRefuseAReplayOutsideTheTolerance() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT + 301, 300)).isFalse();
    }

    @Test
    void shouldRefuseAnotherBodyOrSecret() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, "{}".getBytes(StandardCharsets.UTF_8), SENT, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, SENT, 300)).isFalse();
    }

    @Test
    void shouldRefuseATimestampMovedWithoutResigning() {
        String header = WebhookSignature.header(SECRET, SENT, BODY).replace("t=" + SENT, "t=" + (SENT + 3600));
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT + 3600, 300)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "t=1733580000", "v1=1112a549e80f9f15ab54b71051bfd899b102e4ef52e15ae651925042317d0233",
            "t=abc,v1=1112a549e80f9f15ab54b71051bfd899b102e4ef52e15ae651925042317d0233", "t=1733580000,v1=zz"},
            quoteCharacter = '\'')
    void shouldRefuseAMalformedHeader(String header) {
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT, 300)).isFalse();
    }
}
