package dev.custody.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Jackson module for JSON a client sends (never for JSON Custody stored itself): every string is checked with
 * TextChecks against the field it belongs to, and no list, set, array or map may hold more than maxItems entries.
 * A refusal is a RefusedInputException, which Jackson completes with the field's path.
 */
public final class JsonInputChecks {
    private JsonInputChecks() {
    }

    public static SimpleModule module(int maxItems) {
        SimpleModule module = new SimpleModule("custody-input-checks");
        module.addDeserializer(String.class, new CheckedStrings());
        module.addKeyDeserializer(String.class, new CheckedKeys());
        module.setDeserializerModifier(new Bounded(maxItems));
        return module;
    }

    /** The name of the field the parser is in: the property, or the property holding the array it is in. */
    static String field(JsonParser parser) {
        for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
            if (context.getCurrentName() != null) {
                return context.getCurrentName();
            }
        }
        return null;
    }

    private static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            Optional<String> problem = TextChecks.problem(field(parser), text);
            if (problem.isPresent()) {
                throw new RefusedInputException(parser, problem.get());
            }
            return text;
        }
    }

    private static final class CheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            Optional<String> problem = TextChecks.problem(null, key);
            if (problem.isPresent()) {
                throw new RefusedInputException(context.getParser(), "a key " + problem.get());
            }
            return key;
        }
    }

    private static final class Bounded extends BeanDeserializerModifier {
        private final int maxItems;

        Bounded(int maxItems) {
            this.maxItems = maxItems;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Counting(deserializer, maxItems);
        }

        @Override
        public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Counting(deserializer, maxItems);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Counting(deserializer, maxItems);
        }
    }

    /** Reads with the wrapped deserializer, then refuses a result with more than maxItems entries. */
    private static final class Counting extends DelegatingDeserializer {
        private final int maxItems;

        Counting(JsonDeserializer<?> delegate, int maxItems) {
            super(delegate);
            this.maxItems = maxItems;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Counting(delegate, maxItems);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size()
                    : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > maxItems) {
                throw new RefusedInputException(parser, String.format(Locale.ROOT,
                        "has %d items; at most %d are accepted", size, maxItems));
            }
            return value;
        }
    }
}
