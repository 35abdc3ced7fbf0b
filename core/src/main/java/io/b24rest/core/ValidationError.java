package io.b24rest.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@code error.validation[]} list that Bitrix24 returns when a request parameter
 * is missing or malformed.
 *
 * @param field the parameter at fault, for example {@code id}; may be absent
 * @param message the portal's explanation, in the portal's language
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationError(@Nullable String field, @Nullable String message) {}
