package io.b24rest.runtime.internal.call;

import feign.FeignException;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import feign.Response;
import feign.RetryableException;
import feign.Retryer;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.EncodeException;
import io.b24rest.runtime.internal.http.PortalTarget;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Runs one API method whose request is the same on every call but for its JSON body (a fixed path,
 * fixed headers, one body parameter: every generated method), see {@link PreparedCalls}.
 *
 * <p>The request template is copied from one prepared per method (method, path and headers parsed
 * once by Feign's contract) instead of being resolved from the method's metadata on each call, and
 * the request URL is the base URL and path joined once. Everything else is Feign's {@code
 * SynchronousMethodHandler}, step by step: the body through the client's encoder, a fresh retryer
 * clone per call, the interceptors and the target before every attempt on the same template (so an
 * {@code Idempotency-Key} set on the first attempt stays for the retries), an I/O failure as a
 * {@link RetryableException}, and the answer handled as Feign's {@code ResponseHandler} handles it
 * with the client's settings (see {@link #decoded}). It does not log: {@link PreparedCalls} is only
 * used while HTTP logging is off.
 */
final class PreparedMethodHandler implements MethodHandler {
  private final FeignParts parts;
  private final PortalTarget<?> target;
  private final String configKey;
  private final Type returnType;
  private final Type bodyType;
  private final int bodyIndex;
  private final RequestTemplate prototype;
  private final String url;
  private final Request.Options options;

  PreparedMethodHandler(FeignParts parts, PortalTarget<?> target, MethodMetadata md) {
    this.parts = parts;
    this.target = target;
    this.configKey = md.configKey();
    this.returnType = md.returnType();
    this.bodyType = md.bodyType();
    this.bodyIndex = md.bodyIndex();
    RequestTemplate prototype = RequestTemplate.from(md.template());
    prototype.feignTarget(target);
    this.prototype = prototype;
    this.url = target.absolute(md.template().path());
    this.options = parts.options().getMethodOptions(md.method().getName());
  }

  @Override
  public Object invoke(Object[] argv) throws Throwable {
    RequestTemplate template = encoded(argv[bodyIndex]);
    Retryer retryer = parts.retryer().clone();
    while (true) {
      try {
        return executeAndDecode(template);
      } catch (RetryableException e) {
        retryer.continueOrPropagate(e);
      }
    }
  }

  /** A copy of the prototype with {@code body} written into it; Feign's checks and wrapping. */
  private RequestTemplate encoded(Object body) {
    Util.checkArgument(body != null, "Body parameter %s was null", bodyIndex);
    RequestTemplate template = copyOf(prototype);
    try {
      parts.encoder().encode(body, bodyType, template);
    } catch (EncodeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new EncodeException(e.getMessage(), e);
    }
    return template;
  }

  private Object executeAndDecode(RequestTemplate template) throws Throwable {
    for (RequestInterceptor interceptor : parts.interceptors()) {
      interceptor.apply(template);
    }
    Request request = target.apply(template, url);
    Response response;
    try {
      response = parts.client().execute(request, options);
      if (response.request() != request) {
        // Feign's handler sets the request on every response; the client's own already has it.
        response = response.toBuilder().request(request).requestTemplate(template).build();
      }
    } catch (IOException e) {
      throw errorExecuting(request, e);
    }
    return decoded(response);
  }

  /**
   * What Feign's {@code ResponseHandler} makes of {@code response} with the client's settings (no
   * 404 dismissal, no response interceptors, no logging, the body closed after decoding; a return
   * type that is decoded, see {@link PreparedCalls#isPreparable}): a 2xx through the decoder, any
   * other status thrown as the error decoder's exception. Without Feign's context object per call
   * and its test of the return type's name for Kotlin's {@code Unit} on every answer.
   */
  private Object decoded(Response response) throws Exception {
    try {
      int status = response.status();
      if (status < 200 || status > 299) {
        throw parts.errorDecoder().decode(configKey, response);
      }
      try {
        return parts.decoder().decode(response, returnType);
      } catch (FeignException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new DecodeException(status, e.getMessage(), response.request(), e);
      } catch (IOException e) {
        // Feign's errorReading (package-private) names the URL, which holds the webhook secret.
        throw new DecodeException(status, "could not read the answer", response.request(), e);
      }
    } finally {
      Util.ensureClosed(response.body());
    }
  }

  /**
   * A copy of {@code template} with the same fields, as {@code RequestTemplate.from} makes, but
   * through the (deprecated) copy constructor: {@code from} calls {@code headers()} and {@code
   * queries()}, which build full copies of both maps only to test whether they are empty (the
   * profile showed it as a third of the template work left); the constructor copies the maps once.
   */
  @SuppressWarnings("deprecation")
  private static RequestTemplate copyOf(RequestTemplate template) {
    return new RequestTemplate(template);
  }

  /** What Feign's {@code FeignException.errorExecuting} (package-private) makes of an I/O error. */
  private static FeignException errorExecuting(Request request, IOException cause) {
    return new RetryableException(
        -1,
        String.format(
            "%s executing %s %s", cause.getMessage(), request.httpMethod(), request.url()),
        request.httpMethod(),
        cause,
        (Long) null,
        request);
  }
}
