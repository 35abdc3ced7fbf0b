package io.b24rest.core.spi;

import io.b24rest.core.ApiError;
import io.b24rest.core.Bitrix24ApiException;

/**
 * Turns a decoded error answer into its typed exception. The spec processor generates the
 * implementation from the error catalogue and the methods' documented errors.
 */
@FunctionalInterface
public interface ApiErrorFactory {
  /** Returns the exception for {@code error.code()}, or a plain {@link Bitrix24ApiException}. */
  Bitrix24ApiException create(ApiError error);
}
