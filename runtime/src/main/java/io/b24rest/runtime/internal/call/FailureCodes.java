package io.b24rest.runtime.internal.call;

import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.Bitrix24ProtocolException;

/**
 * A short, bounded name for a failure, fit for a metric tag or a span attribute: never a message
 * (which may quote the portal's answer), only codes and class names.
 */
public final class FailureCodes {
  private FailureCodes() {}

  /**
   * The Bitrix24 error code of an error answer, {@code HTTP_<status>} for an answer that is not a
   * Bitrix24 one, else the class name of the underlying exception (for a transport failure, its
   * I/O exception's).
   */
  public static String of(Throwable failure) {
    if (failure instanceof Bitrix24ApiException api) {
      return api.code();
    }
    if (failure instanceof Bitrix24ProtocolException protocol && protocol.httpStatus() > 0) {
      return "HTTP_" + protocol.httpStatus();
    }
    Throwable cause = failure.getCause();
    return (cause == null ? failure : cause).getClass().getSimpleName();
  }
}
