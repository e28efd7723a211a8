package dev.custody.security.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeySecretTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void shouldGenerateAKeyOfThePublishedShapeWhosePrefixAndHashFitIt() {
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        assertThat(secret.key()).matches("custody_[0-9a-f]{12}_[A-Za-z0-9_-]{43}").hasSize(64);
        assertThat(secret.prefix()).isEqualTo(secret.key().substring(0, 20)).startsWith("custody_");
        assertThat(secret.hash()).isEqualTo(ApiKeySecret.hash(secret.key())).matches("[0-9a-f]{64}");
        assertThat(ApiKeySecret.prefixOf(secret.key())).contains(secret.prefix());
    }

    @Test
    void shouldNeverGenerateTheSameKeyOrPrefixTwice() {
        Set<String> keys = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
            keys.add(secret.key());
            prefixes.add(secret.prefix());
        }
        assertThat(keys).hasSize(2000);
        assertThat(prefixes).hasSize(2000);
    }

    @Test
    void shouldHashWithSha256() {
        // FIPS 180-2 test vector of SHA-256("abc").
        assertThat(ApiKeySecret.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldMatchOnlyTheKeyThatWasHashed() {
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        String other = secret.key().substring(0, 63) + (secret.key().endsWith("A") ? "B" : "A");
        assertThat(ApiKeySecret.matches(secret.key(), secret.hash())).isTrue();
        assertThat(ApiKeySecret.matches(other, secret.hash())).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "custody_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",    // one character short
            "custody_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  // one character long
            "custody_0123456789AB_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",   // upper-case hex
            "custodx_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",   // other scheme
            "custody_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",   // not base64url
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"})                        // a JWT
    void shouldNotTakeOtherTextForAKey(String presented) {
        assertThat(ApiKeySecret.prefixOf(presented)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "custody_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, custody_0123456789ab",
            "custody_ffffffffffff_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-, custody_ffffffffffff"})
    void shouldFindThePrefixOfAWellFormedKey(String presented, String prefix) {
        assertThat(ApiKeySecret.prefixOf(presented)).contains(prefix);
    }

    @Test
    void shouldNotPrintTheKey() {
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        assertThat(secret.toString()).contains(secret.prefix()).doesNotContain(secret.key());
    }
}
