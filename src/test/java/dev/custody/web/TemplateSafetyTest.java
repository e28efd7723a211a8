package dev.custody.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates keep to what the Content-Security-Policy allows and escape user text: no inline script, no event
 * handler attributes, no inline styles, no th:utext.
 */
class TemplateSafetyTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("\\s(th:)?style\\s*=|<style", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNESCAPED = Pattern.compile("th:utext|\\[\\(", Pattern.CASE_INSENSITIVE);

    @Test
    void shouldHaveNoInlineScriptHandlerStyleOrUnescapedText() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> templates = templates();
        for (Path template : templates) {
            String html = Files.readString(template);
            for (Pattern pattern : List.of(INLINE_SCRIPT, HANDLER, STYLE, UNESCAPED)) {
                Matcher matcher = pattern.matcher(html);
                while (matcher.find()) {
                    found.add(TEMPLATES.relativize(template) + ": " + matcher.group());
                }
            }
        }
        assertThat(templates).as("templates read").hasSizeGreaterThan(20);
        assertThat(found).isEmpty();
    }

    @Test
    void shouldRecogniseWhatItForbids() {
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script src=\"/static/a.js\"></script>").find()).isFalse();
        assertThat(HANDLER.matcher("<a onclick=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<a th:onclick=\"x()\">").find()).isTrue();
        assertThat(STYLE.matcher("<span th:style=\"|width: 1%|\">").find()).isTrue();
        assertThat(UNESCAPED.matcher("<p th:utext=\"${name}\">").find()).isTrue();
        assertThat(UNESCAPED.matcher("<p>[(${name})]</p>").find()).isTrue();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }
}
