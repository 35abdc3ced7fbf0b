package io.b24rest.runtime.internal.http;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;

/**
 * The Feign target of a client's API proxies: the portal's base URL, which a request's path is
 * appended to. Feign's {@link Target.HardCodedTarget} parses the base URL with {@code URI.create}
 * on every attempt ({@code RequestTemplate.target}); this one takes the base URL as it is, already
 * checked by {@link PortalEndpoint}, and only concatenates. Same identity as a hard-coded target of
 * the same type and URL ({@code equals}, {@code toString} of Feign's own).
 *
 * @param <T> the API interface
 */
public final class PortalTarget<T> extends Target.HardCodedTarget<T> {
  private final String baseUrl;

  /**
   * @param type the API interface
   * @param baseUrl the portal's base URL without a trailing slash ({@link
   *     PortalEndpoint#baseUrl()}), never with a query or fragment
   */
  public PortalTarget(Class<T> type, String baseUrl) {
    super(type, baseUrl);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The request of {@code template}: its path and query after the base URL, unless absolute. */
  @Override
  public Request apply(RequestTemplate template) {
    String relative = template.url();
    return request(template, relative.startsWith("http") ? relative : baseUrl + relative);
  }

  /**
   * The request of {@code template} whose path is known beforehand: {@code absolutePath} (the base
   * URL and the method's path, built once) plus whatever query the interceptors added (the OAuth
   * token of a batch), without rebuilding the path from the template.
   */
  public Request apply(RequestTemplate template, String absolutePath) {
    return request(template, absolutePath + template.queryLine());
  }

  /** {@code path} after the base URL: the request URL of a method whose path has no variables. */
  public String absolute(String path) {
    return path.startsWith("/") ? baseUrl + path : baseUrl + "/" + path;
  }

  private static Request request(RequestTemplate template, String url) {
    return Request.create(
        Request.HttpMethod.valueOf(template.method()),
        url,
        template.headers(),
        template.body(),
        template.requestCharset(),
        template);
  }
}
