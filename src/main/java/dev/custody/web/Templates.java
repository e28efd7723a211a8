package dev.custody.web;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The one Thymeleaf engine of the pages (templates/ on the classpath, text from messages.properties). */
@ApplicationScoped
public class Templates {
    private final TemplateEngine engine;

    public Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(LaunchMode.current() != LaunchMode.DEVELOPMENT);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new MessagesResolver("messages"));
    }

    /** Renders a page template with its model; the caller adds the layout's common values. */
    public String render(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        return engine.process(template, context);
    }

    @Produces
    @Singleton
    TemplateEngine engine() {
        return engine;
    }
}
