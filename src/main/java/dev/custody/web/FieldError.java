package dev.custody.web;

/** One rejected input field and why, as shown beside the field on a form and in a problem+json body. */
public record FieldError(String field, String message) {
}
