package io.b24rest.runtime.internal.http;

import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import io.b24rest.core.Bitrix24Method;
import io.b24rest.core.MethodKind;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The REST method a request calls and whether it reads or writes, from the {@link Bitrix24Method}
 * annotation of the interface method (or, lacking it, the last URL segment and {@link
 * MethodKind#WRITE}: an unknown method is treated as one that must not run twice).
 *
 * @param method the REST method name
 * @param kind read or write
 */
public record CallInfo(String method, MethodKind kind) {
  /** The method of a request whose origin is unknown. */
  public static final CallInfo UNKNOWN = new CallInfo("unknown", MethodKind.WRITE);

  /** What {@code request} calls. */
  public static CallInfo of(@Nullable Request request) {
    if (request == null) {
      return UNKNOWN;
    }
    CallInfo annotated = of(request.requestTemplate());
    if (annotated != null) {
      return annotated;
    }
    return new CallInfo(lastSegment(request.url()), MethodKind.WRITE);
  }

  /** What {@code template} calls, if its interface method is annotated. */
  public static @Nullable CallInfo of(@Nullable RequestTemplate template) {
    if (template == null) {
      return null;
    }
    MethodMetadata metadata = template.methodMetadata();
    Method method = metadata == null ? null : metadata.method();
    return method == null ? null : BY_METHOD.computeIfAbsent(method, CallInfo::annotated).orElse(null);
  }

  /**
   * What each interface method calls, read once: a call asks several times (interceptors, pacing,
   * decoding, retries), and an annotation lookup plus reading its members through the annotation's
   * proxy costs more than a map lookup. Bounded by the number of API methods.
   */
  private static final Map<Method, Optional<CallInfo>> BY_METHOD = new ConcurrentHashMap<>();

  private static Optional<CallInfo> annotated(Method method) {
    Bitrix24Method annotation = method.getAnnotation(Bitrix24Method.class);
    return annotation == null
        ? Optional.empty()
        : Optional.of(new CallInfo(annotation.name(), annotation.kind()));
  }

  private static String lastSegment(@Nullable String url) {
    if (url == null) {
      return UNKNOWN.method();
    }
    String path = url;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    int slash = path.lastIndexOf('/');
    String segment = slash >= 0 ? path.substring(slash + 1) : path;
    return segment.isEmpty() ? UNKNOWN.method() : segment;
  }
}
