package io.b24rest.runtime.internal.error;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.spi.ApiErrorFactory;
import io.b24rest.runtime.Bitrix24Registry;

/**
 * The error factories the client starts from: the generated registries found on the class path
 * (see {@link Bitrix24Registry}), or plain exceptions.
 */
public final class DefaultErrorFactory {
  private static final ApiErrorFactory PLAIN = Bitrix24ApiException::new;

  private DefaultErrorFactory() {}

  /**
   * Every generated error registry on the class path, joined ({@link
   * Bitrix24Registry#errorFactory()}); without any, every error is a plain {@link
   * Bitrix24ApiException}.
   */
  public static ApiErrorFactory get() {
    return Bitrix24Registry.errorFactory();
  }

  /** A factory that makes a plain {@link Bitrix24ApiException} of every error. */
  public static ApiErrorFactory plain() {
    return PLAIN;
  }
}
