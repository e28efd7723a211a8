package dev.custody.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A node of a JSON seed file with its path, so that every validation error says where it happened. */
record SeedNode(JsonNode json, String source, String path) {
    static SeedNode root(JsonNode json, String source) {
        return new SeedNode(json, source, "");
    }

    /** The elements of an array field; a missing field is an empty array. */
    List<SeedNode> array(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(field, "expected an array");
        }
        List<SeedNode> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            elements.add(new SeedNode(value.get(i), source, at(field) + "[" + i + "]"));
        }
        return elements;
    }

    SeedNode object(String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isObject()) {
            throw error(field, "expected an object");
        }
        return new SeedNode(value, source, at(field));
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw error(field, "missing");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(field, "expected a string");
        }
        return value.asText();
    }

    int integer(String field, int min, int max) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw error(field, "expected a whole number");
        }
        return inRange(field, value.intValue(), min, max);
    }

    BigDecimal decimal(String field, double min, double max) {
        JsonNode value = json.get(field);
        if (value == null || !value.isNumber()) {
            throw error(field, "expected a number");
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.doubleValue() < min || decimal.doubleValue() > max) {
            throw error(field, decimal + " is outside " + min + ".." + max);
        }
        return decimal;
    }

    boolean bool(String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isBoolean()) {
            throw error(field, "expected true or false");
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E enumOf(String field, Class<E> type) {
        return enumValue(field, text(field), type);
    }

    <E extends Enum<E>> E enumValue(String field, String name, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw error(field, "unknown value '" + name + "', expected one of " + Arrays.toString(type.getEnumConstants()));
    }

    int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw error(field, value + " is outside " + min + ".." + max);
        }
        return value;
    }

    IllegalStateException error(String field, String message) {
        return new IllegalStateException(source + " at " + at(field) + ": " + message);
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
