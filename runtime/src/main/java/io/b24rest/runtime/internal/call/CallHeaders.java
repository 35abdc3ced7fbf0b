package io.b24rest.runtime.internal.call;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Map;

/**
 * Adds the current call's extra headers (see {@link CallScope}). Feign runs interceptors again on
 * each retry of the same template, so each header is replaced, not added twice.
 */
public final class CallHeaders implements RequestInterceptor {
  @Override
  public void apply(RequestTemplate template) {
    for (Map.Entry<String, String> header : CallScope.current().headers().entrySet()) {
      template.removeHeader(header.getKey());
      template.headerLiteral(header.getKey(), header.getValue());
    }
  }
}
