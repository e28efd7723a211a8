package dev.custody.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.custody.reports.ReportKind;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private final PdfRenderer renderer = new PdfRenderer();
    private final AtomicInteger hits = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "body { color: red; }".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void shouldFetchNothingTheDocumentLinksTo() throws Exception {
        try (InputStream in = URI.create(url("/probe")).toURL().openStream()) {
            in.readAllBytes();
        }
        assertThat(hits.get()).as("the counting server answers").isEqualTo(1);
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" href="%1$s"/><style>@import url("%2$s"); @font-face { font-family: X; src: url("%3$s"); }</style>
                </head><body style="background-image: url('%4$s')"><p>Links</p><img src="%5$s" width="10" height="10"/>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="20">
                <image xlink:href="%6$s" width="20" height="20"/></svg>
                <object type="image/svg+xml" data="%7$s" width="10" height="10"></object>
                <img src="file:///etc/passwd" width="10" height="10"/></body></html>
                """.formatted(url("/css"), url("/import"), url("/font"), url("/bg"), url("/img"), url("/svg"), url("/object"));
        byte[] pdf = renderer.pdf(xhtml);
        assertThat(PdfText.of(pdf)).contains("Links");
        assertThat(hits.get()).as("requests made while rendering").isEqualTo(1);
        assertThat(renderer.refusedResources()).isPositive();
    }

    @Test
    void shouldNotFetchAUrlInAVendorName() throws Exception {
        PdfReportWriter writer = new PdfReportWriter();
        writer.renderer = renderer;
        String name = "<img src=\"" + url("/name") + "\"/> Evil " + url("/x");
        byte[] pdf = writer.write(ReportKind.EXECUTIVE, ReportSamples.executive(name, "Implant report"));
        assertThat(PdfText.of(pdf)).contains("Evil");
        assertThat(hits.get()).isZero();
    }

    @Test
    void shouldLoadTheEastAsianFallbackOnlyWhenTheTextNeedsIt() {
        assertThat(PdfRenderer.needsFallback("Électronique Шэньчжэнь Ærø")).isFalse();
        assertThat(PdfRenderer.needsFallback("深圳")).isTrue();
        assertThat(PdfRenderer.needsFallback("서울")).isTrue();
    }
}
