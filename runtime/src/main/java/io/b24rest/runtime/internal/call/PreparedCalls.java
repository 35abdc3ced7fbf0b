package io.b24rest.runtime.internal.call;

import feign.Contract;
import feign.InvocationHandlerFactory;
import feign.Logger;
import feign.MethodMetadata;
import feign.Response;
import feign.TypedResponse;
import feign.Types;
import feign.Target;
import io.b24rest.runtime.internal.http.PortalTarget;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives each API method whose request differs between calls only in its JSON body (every generated
 * method: a fixed {@code POST /<method>}, fixed headers, one body parameter) a {@link
 * PreparedMethodHandler} in place of Feign's, then hands the proxy's methods to the next factory
 * (the client's exception boundary and listeners).
 *
 * <p>Why: Feign's handler copies the method's request template and resolves it again on every call
 * (the path and each header re-parsed from text into new templates), and its hard-coded target
 * parses the base URL again; the call benchmark's profile showed that as a quarter of the client's
 * own time. A prepared handler runs the same client, retryer, interceptors, encoder, decoders and
 * logger (the {@link FeignParts} Feign itself is built with), only without that repeated work.
 *
 * <p>Any other method (with path, query or header parameters, a {@code Request.Options} argument, a
 * default method) keeps Feign's own handler, and so does every method while HTTP logging is on
 * (Feign's logger writes through hooks only its own handlers may call). The client does not use
 * this factory when a {@code feign.Capability} is configured: a capability may wrap any of Feign's
 * parts, and only Feign's own handlers are built from the wrapped ones.
 */
public final class PreparedCalls implements InvocationHandlerFactory {
  private final Contract contract = new Contract.Default();
  private final FeignParts parts;
  private final InvocationHandlerFactory next;

  /**
   * @param parts the parts the client's Feign is built with
   * @param next makes the proxy's invocation handler from the handlers
   */
  public PreparedCalls(FeignParts parts, InvocationHandlerFactory next) {
    this.parts = parts;
    this.next = next;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    if (!(target instanceof PortalTarget<?> portal) || parts.logLevel() != Logger.Level.NONE) {
      return next.create(target, dispatch);
    }
    Map<Method, MethodHandler> handlers = new HashMap<>(dispatch);
    for (MethodMetadata md : contract.parseAndValidateMetadata(target.type())) {
      Method method = md.method();
      if (method != null && dispatch.containsKey(method) && isPreparable(md)) {
        handlers.put(method, new PreparedMethodHandler(parts, portal, md));
      }
    }
    return next.create(target, handlers);
  }

  /**
   * Whether every call of {@code md} sends the same method, path and headers: one parameter, the
   * body, and no template expression anywhere else.
   */
  static boolean isPreparable(MethodMetadata md) {
    Method method = md.method();
    if (method == null
        || method.isDefault()
        || method.getParameterCount() != 1
        || md.bodyIndex() == null
        || md.bodyIndex() != 0
        || md.alwaysEncodeBody()
        || md.urlIndex() != null
        || md.queryMapIndex() != null
        || md.headerMapIndex() != null
        || !md.indexToName().isEmpty()
        || !md.formParams().isEmpty()
        || md.template().bodyTemplate() != null
        || md.template().method() == null
        || !md.template().queries().isEmpty()
        || md.template().path().contains("{")
        || !isDecodedValue(md.returnType())) {
      return false;
    }
    for (Collection<String> values : md.template().headers().values()) {
      for (String value : values) {
        if (value.contains("{")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether Feign hands an answer of this return type straight to the decoder: not {@code void},
   * Feign's raw {@code Response} or its {@code TypedResponse}, which its own handler treats apart.
   */
  private static boolean isDecodedValue(Type returnType) {
    Class<?> raw = Types.getRawType(returnType);
    return raw != void.class
        && raw != Void.class
        && raw != Response.class
        && raw != TypedResponse.class
        && !returnType.getTypeName().equals("kotlin.Unit");
  }
}
