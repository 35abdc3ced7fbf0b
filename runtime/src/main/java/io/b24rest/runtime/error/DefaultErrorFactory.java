package io.b24rest.runtime.error;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.spi.ApiErrorFactory;

/**
 * Finds the error registry the spec processor generates ({@code
 * io.b24rest.api.errors.Bitrix24Errors.INSTANCE}) by name, so that the runtime compiles and works
 * before (and without) generated code; without it every error is a plain {@link
 * Bitrix24ApiException}.
 */
public final class DefaultErrorFactory {
  /** The generated registry's class name. */
  public static final String GENERATED_REGISTRY = "io.b24rest.api.errors.Bitrix24Errors";

  private static final ApiErrorFactory PLAIN = Bitrix24ApiException::new;

  private DefaultErrorFactory() {}

  /** The generated registry if it is on the class path, else a factory of plain exceptions. */
  public static ApiErrorFactory get() {
    try {
      Class<?> registry =
          Class.forName(GENERATED_REGISTRY, true, DefaultErrorFactory.class.getClassLoader());
      Object instance = registry.getField("INSTANCE").get(null);
      if (instance instanceof ApiErrorFactory factory) {
        return factory;
      }
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // Not generated (yet): fall through to plain exceptions.
    }
    return PLAIN;
  }

  /** A factory that makes a plain {@link Bitrix24ApiException} of every error. */
  public static ApiErrorFactory plain() {
    return PLAIN;
  }
}
