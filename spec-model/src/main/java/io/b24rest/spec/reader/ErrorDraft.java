package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * An error code as a method file or the catalogue writes it.
 *
 * @param code the code on the wire
 * @param fields the params at fault (method errors only): {@code field: id} or
 *     {@code field: [dateFrom, dateTo]}
 * @param description what it means
 * @param fix what to do about it
 * @param status the HTTP status, required in the catalogue, optional elsewhere
 * @param exception the exception's base name, required in the catalogue, optional elsewhere (the
 *     writer derives one from the code)
 * @param location where the entry starts
 */
public record ErrorDraft(
    Located<String> code,
    List<Located<String>> fields,
    String description,
    String fix,
    Optional<Located<Integer>> status,
    Optional<Located<String>> exception,
    SourceLocation location) {}
