package io.b24rest.spectools.openapi;

/** A file that is not a Bitrix24 REST 3.0 OpenAPI document; the message is one line. */
public final class OpenApiException extends Exception {
  private static final long serialVersionUID = 1L;

  public OpenApiException(String message) {
    super(message);
  }
}
