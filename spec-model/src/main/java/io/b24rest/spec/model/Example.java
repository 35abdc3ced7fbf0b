package io.b24rest.spec.model;

/**
 * An answer copied from the docs.
 *
 * @param status the HTTP status
 * @param json the body, as compact JSON text
 */
public record Example(int status, String json) {}
