package io.b24rest.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A successful REST 3.0 answer: the method's {@code result} and the {@code time} block.
 *
 * @param result the typed result of the method
 * @param time timing and operating-limit figures; absent only if the portal left them out
 * @param <T> the result type generated from the method's spec
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(T result, @Nullable ResponseTime time) {}
