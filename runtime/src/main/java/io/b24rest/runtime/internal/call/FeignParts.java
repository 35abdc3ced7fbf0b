package io.b24rest.runtime.internal.call;

import feign.Client;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.codec.ErrorDecoder;
import java.util.List;

/**
 * The parts of a client's call pipeline, built once by the client and handed both to {@code
 * Feign.builder()} and to the {@link PreparedCalls} that run the same parts without Feign's
 * per-call templating: one set of objects, so both paths send, pace, retry, log and decode alike.
 *
 * @param client sends an attempt (the pacing client over the JDK client)
 * @param retryer decides on retries (cloned per call, as Feign does)
 * @param interceptors run on the request template before every attempt, in this order
 * @param encoder writes the body
 * @param decoder reads a 2xx answer
 * @param errorDecoder reads any other answer
 * @param logger the HTTP logger (secrets redacted)
 * @param logLevel how much the logger writes
 * @param options connect and read timeouts
 */
public record FeignParts(
    Client client,
    Retryer retryer,
    List<RequestInterceptor> interceptors,
    Encoder encoder,
    Decoder decoder,
    ErrorDecoder errorDecoder,
    Logger logger,
    Logger.Level logLevel,
    Request.Options options) {

  /** Keeps an unmodifiable copy of the interceptors. */
  public FeignParts {
    interceptors = List.copyOf(interceptors);
  }
}
