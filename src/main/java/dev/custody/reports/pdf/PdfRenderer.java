package dev.custody.reports.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import dev.custody.web.MessagesResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an XHTML Thymeleaf template of reports-templates/ to PDF with the fonts packaged in the jar. Nothing is
 * fetched while rendering: links to http, file or jar resources are refused, so a hostile vendor name or an
 * edited template cannot make the server call out.
 */
@ApplicationScoped
public class PdfRenderer {
    /** Font families the templates name; the fallback covers Chinese, Japanese and Korean. */
    static final List<PackagedFont> FONTS = List.of(
            new PackagedFont("DejaVuSans.ttf", "DejaVu Sans", 400, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG)),
            new PackagedFont("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG)),
            new PackagedFont("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)));

    /** First code point of the CJK blocks, which DejaVu Sans lacks. */
    static final int FALLBACK_FROM = 0x2E80;

    private final TemplateEngine engine;
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
    private final AtomicInteger refusedResources = new AtomicInteger();

    public PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("reports-templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new MessagesResolver("messages"));
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    /** The XHTML a template produces for a model (the same document the PDF is drawn from). */
    public String html(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        return engine.process(template, context);
    }

    /** The PDF of a template and its model. */
    public byte[] pdf(String template, Map<String, Object> model) {
        return pdf(html(template, model));
    }

    /** The PDF of an XHTML document. */
    public byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, "classpath:/reports-templates/");
        builder.useExternalResourceAccessControl((uri, type) -> refuse(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> refuse(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory refusing = this::refusedStream;
        builder.useHttpStreamImplementation(refusing);
        builder.useProtocolsStreamImplementation(refusing, "file", "jar", "ftp", "http", "https", "classpath");
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        boolean eastAsian = needsFallback(xhtml);
        for (PackagedFont font : FONTS) {
            if (eastAsian || !font.fallback()) {
                builder.useFont(font::open, font.family(), font.weight(), FontStyle.NORMAL, true, font.useCases());
            }
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.withProducer("Custody");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether the text has characters beyond DejaVu Sans (CJK and later blocks): only then is the 4 MB fallback loaded. */
    static boolean needsFallback(String text) {
        return text.codePoints().anyMatch(c -> c >= FALLBACK_FROM);
    }

    /** How many external resources rendering has refused since start (for tests and logs). */
    int refusedResources() {
        return refusedResources.get();
    }

    private boolean refuse(String uri) {
        refusedResources.incrementAndGet();
        return false;
    }

    private FSStream refusedStream(String uri) {
        refusedResources.incrementAndGet();
        return null;
    }

    /** A TrueType font in the jar (reports-fonts/), read once and kept in memory. */
    record PackagedFont(String file, String family, int weight, Set<FSFontUseCase> useCases) {
        private static final Map<String, byte[]> BYTES = new java.util.concurrent.ConcurrentHashMap<>();

        boolean fallback() {
            return useCases.contains(FSFontUseCase.FALLBACK_FINAL);
        }

        InputStream open() {
            return new ByteArrayInputStream(BYTES.computeIfAbsent(file, PackagedFont::read));
        }

        private static byte[] read(String file) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("reports-fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: reports-fonts/" + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
