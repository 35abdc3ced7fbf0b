package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.Optional;

/**
 * An error code as a method file or the catalogue writes it.
 *
 * @param code the code on the wire
 * @param field the param at fault (method errors only)
 * @param description what it means
 * @param fix what to do about it
 * @param status the HTTP status, required in the catalogue and for codes the catalogue lacks
 * @param exception the exception's base name, required where {@code status} is
 * @param location where the entry starts
 */
public record ErrorDraft(
    Located<String> code,
    Optional<Located<String>> field,
    String description,
    String fix,
    Optional<Located<Integer>> status,
    Optional<Located<String>> exception,
    SourceLocation location) {}
