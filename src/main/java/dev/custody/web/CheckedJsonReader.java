package dev.custody.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.custody.platform.JsonInputChecks;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Reads every JSON request body with the application's ObjectMapper plus JsonInputChecks: no control characters
 * outside multi-line fields, no list longer than custody.input.max-items. A copy of the mapper, so that JSON Custody
 * stored itself (report snapshots, model versions) is read as before. An empty body reads as null, as with Quarkus'
 * own reader, which this one replaces for JSON.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class CheckedJsonReader implements ServerMessageBodyReader<Object> {
    private static final Set<Class<?>> OTHERS = Set.of(String.class, byte[].class, InputStream.class, Reader.class,
            File.class, Buffer.class, JsonObject.class, JsonArray.class);

    private final ObjectMapper mapper;

    @Inject
    public CheckedJsonReader(ObjectMapper application, @ConfigProperty(name = "custody.input.max-items",
            defaultValue = "1000") int maxItems) {
        this.mapper = application.copy().registerModule(JsonInputChecks.module(maxItems));
    }

    @Override
    public boolean isReadable(Class<?> type, Type generic, ResteasyReactiveResourceInfo resource, MediaType media) {
        return readable(type, media);
    }

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
        return readable(type, media);
    }

    @Override
    public Object readFrom(Class<Object> type, Type generic, MediaType media, ServerRequestContext context) throws IOException {
        return read(type, generic, context.getInputStream());
    }

    @Override
    public Object readFrom(Class<Object> type, Type generic, Annotation[] annotations, MediaType media,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return read(type, generic, body);
    }

    private Object read(Class<Object> type, Type generic, InputStream body) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(body, 1);
        int first = stream.read();
        if (first < 0) {
            return null;
        }
        stream.unread(first);
        ObjectReader reader = mapper.readerFor(mapper.getTypeFactory().constructType(generic == null ? type : generic));
        try {
            return reader.readValue(stream);
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No content")) {
                return null;
            }
            throw e;
        }
    }

    private static boolean readable(Class<?> type, MediaType media) {
        boolean json = media != null && (media.getSubtype().equals("json") || media.getSubtype().endsWith("+json"));
        return json && !OTHERS.contains(type);
    }
}
