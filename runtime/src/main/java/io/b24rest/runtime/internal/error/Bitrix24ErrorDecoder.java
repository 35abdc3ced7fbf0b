package io.b24rest.runtime.internal.error;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.internal.http.AnswerBody;
import io.b24rest.runtime.internal.http.CallInfo;
import io.b24rest.runtime.internal.retry.AttemptFailure;
import io.b24rest.runtime.internal.retry.RetryAfter;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Feign's hook for non-2xx answers: decodes the error and hands it to the retryer, which throws it
 * or tries again.
 */
public final class Bitrix24ErrorDecoder implements ErrorDecoder {
  private final ResponseInterpreter interpreter;

  /** Decodes with {@code interpreter}. */
  public Bitrix24ErrorDecoder(ResponseInterpreter interpreter) {
    this.interpreter = interpreter;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    String method = CallInfo.of(response.request()).method();
    byte[] body;
    try {
      body = AnswerBody.bytesOf(response);
    } catch (IOException e) {
      body = new byte[0];
    }
    Bitrix24Exception failure = interpreter.failure(response.status(), body, method);
    return new AttemptFailure(
        response.status(), failure, response.request(), retryAfter(response));
  }

  private static @Nullable Long retryAfter(Response response) {
    for (var header : response.headers().entrySet()) {
      if ("Retry-After".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
        return RetryAfter.millis(header.getValue().iterator().next(), Instant.now());
      }
    }
    return null;
  }
}
