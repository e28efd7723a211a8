package dev.custody.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Records created through the API for resource tests (call from a test carrying a writing role), with names that
 * carry a random suffix so that tests never collide.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new privately owned organization of the given kind and HQ country; returns its id. */
    public static long organization(OrganizationKind kind, String hqCountry) {
        return create("/api/organizations", Map.of("name", unique("Fixture " + kind), "kind", kind.name(),
                "hqCountry", hqCountry, "ownership", "PRIVATE"));
    }

    public static long organization(OrganizationKind kind) {
        return organization(kind, "TW");
    }

    /** POSTs the body as JSON, expects 201 with a Location, and returns the new id. */
    public static long create(String path, Object body) {
        return post(path, body).statusCode(201).header("Location", containsString(path + "/"))
                .extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    /** PUTs the body as JSON with the given If-Match version (none when null). */
    public static ValidatableResponse put(String path, Object body, Long ifMatch) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return request.put(path).then();
    }

    /** Asserts a problem+json answer with this status, naming at least these fields in errors[].field. */
    /** Deletes the record at path with the version it has now (If-Match from its ETag), as a careful client does. */
    public static ValidatableResponse delete(String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        return given().header("If-Match", etag).delete(path).then();
    }

    public static ValidatableResponse problem(ValidatableResponse response, int status, String... fields) {
        response.statusCode(status).contentType("application/problem+json");
        for (String field : fields) {
            response.body("errors.field", hasItem(field));
        }
        return response;
    }

    /** The number of records a list answers with these query parameters (name, value, name, value ...). */
    public static int total(String path, Object... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i].toString(), params[i + 1]);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    /** A copy of the body with some fields replaced (name, value, name, value ...); a null value removes the field. */
    public static Map<String, Object> with(Map<String, Object> body, Object... changes) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                copy.remove(changes[i].toString());
            } else {
                copy.put(changes[i].toString(), changes[i + 1]);
            }
        }
        return copy;
    }
}
