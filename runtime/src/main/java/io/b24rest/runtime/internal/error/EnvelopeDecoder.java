package io.b24rest.runtime.internal.error;

import feign.Response;
import feign.codec.Decoder;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.internal.http.AnswerBody;
import io.b24rest.runtime.internal.http.CallInfo;
import io.b24rest.runtime.internal.retry.AttemptFailure;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Feign's hook for 2xx answers: decodes the {@code result}/{@code time} envelope; a 2xx that
 * carries an {@code error}, or is not a valid answer, goes to the retryer as a failed attempt.
 */
public final class EnvelopeDecoder implements Decoder {
  private final ResponseInterpreter interpreter;

  /** Decodes with {@code interpreter}. */
  public EnvelopeDecoder(ResponseInterpreter interpreter) {
    this.interpreter = interpreter;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    String method = CallInfo.of(response.request()).method();
    byte[] body = AnswerBody.bytesOf(response);
    try {
      return interpreter.success(response.status(), body, type, method);
    } catch (Bitrix24Exception failure) {
      throw new AttemptFailure(response.status(), failure, response.request());
    }
  }
}
