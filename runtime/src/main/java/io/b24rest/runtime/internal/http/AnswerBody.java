package io.b24rest.runtime.internal.http;

import feign.Response;
import feign.Util;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * An answer body read whole by {@link JdkHttpClient}, which the decoders take as it is: Feign's own
 * byte-array body only hands its bytes out as a stream, which a decoder must copy back into an array.
 */
public final class AnswerBody implements Response.Body {
  private static final byte[] EMPTY = new byte[0];

  private final byte[] bytes;

  AnswerBody(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The bytes of {@code response}'s body: the array itself for a body of this client, else read
   * from the body's stream; empty without a body.
   */
  public static byte[] bytesOf(Response response) throws IOException {
    Response.Body body = response.body();
    if (body instanceof AnswerBody answer) {
      return answer.bytes;
    }
    return body == null ? EMPTY : Util.toByteArray(body.asInputStream());
  }

  @Override
  public Integer length() {
    return bytes.length;
  }

  @Override
  public boolean isRepeatable() {
    return true;
  }

  @Override
  public InputStream asInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public Reader asReader(Charset charset) {
    return new InputStreamReader(asInputStream(), charset);
  }

  @Override
  public void close() {}
}
