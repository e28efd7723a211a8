package dev.custody.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves #{key} in every template from one messages.properties bundle. */
public class MessagesResolver extends AbstractMessageResolver {
    private final Properties messages = new Properties();

    public MessagesResolver(String bundle) {
        try (InputStream in = MessagesResolver.class.getClassLoader().getResourceAsStream(bundle + ".properties")) {
            if (in != null) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return null;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(params);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        return "??" + key + "??";
    }
}
