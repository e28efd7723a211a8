package dev.custody.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A 90 % loss interval as a lognormal. */
class LossIntervalTest {

    @ParameterizedTest(name = "({0}, {1}) -> mu {2}, sigma {3}, mean {4}")
    @CsvSource({
        // mu = (ln 1e5 + ln 1e7)/2 = (11.5129255 + 16.1180957)/2 = 13.8155106 = ln 1e6
        // sigma = (16.1180957 - 11.5129255) / (2 * 1.6448536) = 4.6051702 / 3.2897072 = 1.3998724
        // mean = exp(mu + sigma^2/2) = 1e6 * exp(0.9798213) = 1e6 * 2.6639802 = 2,663,980.2
        "1e5, 1e7, 13.8155106, 1.3998724, 2663980.2",
        // mu = (ln 2e4 + ln 5e5)/2 = (9.9034876 + 13.1223634)/2 = 11.5129255 = ln 1e5
        // sigma = ln(25) / 3.2897072 = 3.2188758 / 3.2897072 = 0.9784688
        // mean = 1e5 * exp(0.9784688^2 / 2) = 1e5 * exp(0.4787006) = 1e5 * 1.6139758 = 161,397.6
        "2e4, 5e5, 11.5129255, 0.9784688, 161397.6"})
    void shouldModelTheIntervalAsALognormal(double low, double high, double mu, double sigma, double mean) {
        LossInterval loss = new LossInterval(low, high);
        assertThat(loss.mu()).isCloseTo(mu, within(1e-7));
        assertThat(loss.sigma()).isCloseTo(sigma, within(1e-7));
        assertThat(loss.mean()).isCloseTo(mean, within(0.1));
    }

    @Test
    void shouldPutTheIntervalEndsAtTheFifthAndNinetyFifthPercentiles() {
        LossInterval loss = new LossInterval(1e5, 1e7);
        assertThat(loss.quantile(0.05)).isCloseTo(1e5, within(1.0));
        assertThat(loss.quantile(0.95)).isCloseTo(1e7, within(100.0));
        assertThat(loss.quantile(0.5)).isCloseTo(1e6, within(1e-3));
        // z(0.99) = 2.3263479: exp(13.8155106 + 1.3998724 * 2.3263479) = 1e6 * exp(3.2565901) = 25,959,...
        assertThat(loss.quantile(0.99)).isCloseTo(1e6 * Math.exp(1.3998724 * 2.3263479), within(50.0));
    }

    @ParameterizedTest(name = "({0}, {1}) refused naming {2}")
    @CsvSource({
        "0, 10, lossLow",
        "-5, 10, lossLow",
        "NaN, 10, lossLow",
        "Infinity, 10, lossLow",
        "10, 10, lossHigh",
        "10, 5, lossHigh",
        "10, Infinity, lossHigh",
        "10, NaN, lossHigh"})
    void shouldRefuseAnIntervalThatIsNotPositiveAndRising(double low, double high, String field) {
        assertThatThrownBy(() -> new LossInterval(low, high))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }
}
