package dev.custody.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** An unexpected failure answers a generic problem with a reference; the cause is only in the log. */
@QuarkusTest
class ErrorBodyTest {

    @Test
    void shouldAnswerAGenericProblemWithAReferenceThatIsLogged() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(capture);
        try {
            Response response = given().auth().preemptive().basic("admin", "demo").get("/api/test-only/failure");
            response.then().statusCode(500).contentType(Problem.MEDIA_TYPE);
            String reference = response.header(ProblemMappers.CORRELATION_HEADER);
            String body = response.asString();
            assertThat(reference).matches("[0-9a-f-]{36}");
            assertThat(response.jsonPath().getString("detail")).contains(reference);
            assertThat(body).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                    .doesNotContain("FailingResource").doesNotContain("refused");
            assertThat(logged).anySatisfy(r -> {
                assertThat(r.getParameters() == null ? r.getMessage() : String.format(r.getMessage(), r.getParameters()))
                        .contains(reference);
                assertThat(r.getThrown()).hasMessageContaining(FailingResource.SECRET);
            });
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void shouldShowBrowsersTheReferenceOnTheErrorPage() {
        Response response = given().auth().preemptive().basic("admin", "demo").accept("text/html")
                .get("/test-only/failure");
        response.then().statusCode(500);
        assertThat(response.asString()).contains(response.header(ProblemMappers.CORRELATION_HEADER))
                .doesNotContain("hunter2");
    }
}
