package io.b24rest.runtime.internal.call;

import feign.InvocationHandlerFactory;
import feign.Target;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24Method;
import io.b24rest.core.MethodKind;
import io.b24rest.runtime.CallListener;
import io.b24rest.runtime.CallObserver;
import io.b24rest.runtime.CallStart;
import io.b24rest.runtime.internal.error.ExceptionBoundary;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wraps the invocation handlers of a client's API proxies so that its {@link CallListener}s see
 * each call: it opens an {@link ActiveCall} around every API method (not around default methods,
 * whose inner calls are seen one by one, nor around {@code Object}'s methods).
 */
public final class CallTracking implements InvocationHandlerFactory {
  private final InvocationHandlerFactory delegate;
  private final List<CallListener> listeners;

  /**
   * @param delegate the handlers being wrapped (the client's exception boundary)
   * @param listeners the client's listeners, in registration order
   */
  public CallTracking(InvocationHandlerFactory delegate, List<CallListener> listeners) {
    this.delegate = delegate;
    this.listeners = List.copyOf(listeners);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler inner = delegate.create(target, dispatch);
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class || method.isDefault()) {
        return inner.invoke(proxy, method, args);
      }
      ActiveCall call = start(method);
      ActiveCall previous = call.enter();
      try {
        Object result = inner.invoke(proxy, method, args);
        call.finish(null);
        return result;
      } catch (Bitrix24Exception e) {
        call.finish(e);
        throw e;
      } catch (Throwable t) {
        call.finish(ExceptionBoundary.translate(t, method));
        throw t;
      } finally {
        ActiveCall.leave(previous);
      }
    };
  }

  private ActiveCall start(Method method) {
    Bitrix24Method annotation = method.getAnnotation(Bitrix24Method.class);
    CallStart start =
        annotation == null
            ? new CallStart(method.getName(), MethodKind.WRITE)
            : new CallStart(annotation.name(), annotation.kind());
    List<CallObserver> observers = new ArrayList<>(listeners.size());
    for (CallListener listener : listeners) {
      ActiveCall.notifySafely(
          listener,
          l -> {
            CallObserver observer = l.callStarted(start);
            if (observer != null && observer != CallObserver.NONE) {
              observers.add(observer);
            }
          });
    }
    return new ActiveCall(start.method(), observers);
  }
}
