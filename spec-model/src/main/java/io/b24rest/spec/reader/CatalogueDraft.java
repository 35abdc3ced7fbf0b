package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.List;

/**
 * The {@code common-errors.yaml} catalogue as written.
 *
 * @param path the file's path
 * @param errors its error codes
 * @param location the start of the file
 */
public record CatalogueDraft(String path, List<ErrorDraft> errors, SourceLocation location) {}
