package io.b24rest.core.spi;

import java.util.Set;

/**
 * The error codes that have an exception class in one generated package, found through {@link
 * java.util.ServiceLoader}: the spec processor generates {@code <basePackage>.errors.Bitrix24Errors}
 * as an implementation and lists it in {@code META-INF/services/io.b24rest.core.spi.ErrorRegistry}.
 * A consumer's registry holds only the codes its own specs add; codes of the library's catalogue
 * stay with the library's exception classes.
 */
public interface ErrorRegistry extends ApiErrorFactory {
  /**
   * The codes {@link #create} turns into an exception of their own.
   *
   * @return the codes, unmodifiable
   */
  Set<String> codes();
}
