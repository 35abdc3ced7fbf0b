package io.b24rest.runtime.internal.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.core.ResponseTime;
import org.jspecify.annotations.Nullable;

/**
 * A 2xx answer as it comes off the wire, read in one pass: the typed {@code result} and
 * {@code time}, and whatever {@code error} member the portal put beside them (either shape), so
 * that an error inside a 2xx answer is still noticed without first parsing the body into a tree.
 * A broken {@code time} block fails this reading, and the answer is then read again through a tree,
 * where {@link TimeBlockReader} reads the block apart: a broken one must not fail the answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WireAnswer<T>(@Nullable JsonNode error, @Nullable T result, @Nullable ResponseTime time) {}
