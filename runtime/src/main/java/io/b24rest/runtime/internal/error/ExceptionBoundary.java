package io.b24rest.runtime.internal.error;

import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Target;
import feign.codec.EncodeException;
import io.b24rest.core.Bitrix24Exception;
import io.b24rest.core.Bitrix24TransportException;
import io.b24rest.core.paging.BulkListApi;
import io.b24rest.core.paging.ListReader;
import io.b24rest.runtime.error.Bitrix24RequestException;
import io.b24rest.runtime.internal.retry.AttemptFailure;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The edge of every API proxy: whatever Feign, Jackson or the JDK throw inside a call leaves it as
 * a {@link Bitrix24Exception} (never a raw Feign exception, whose message holds the full URL and
 * thus the webhook secret), and {@code toString()} of a proxy shows the URL with its secret masked.
 *
 * <p>It also answers {@link BulkListApi#listReader()} with the client's own reader, which batches
 * the pages of the generated {@code listAll} through the client: the proxy has no state of its
 * own, so this is where an API learns which client it belongs to.
 */
public final class ExceptionBoundary implements InvocationHandlerFactory {
  private final InvocationHandlerFactory feignHandlers = new InvocationHandlerFactory.Default();
  private final String maskedUrl;
  private final ListReader listReader;

  /**
   * @param maskedUrl the base URL with its secret masked, for {@code toString()}
   */
  public ExceptionBoundary(String maskedUrl) {
    this(maskedUrl, ListReader.direct());
  }

  /**
   * @param maskedUrl the base URL with its secret masked, for {@code toString()}
   * @param listReader the answer to {@link BulkListApi#listReader()}
   */
  public ExceptionBoundary(String maskedUrl, ListReader listReader) {
    this.maskedUrl = maskedUrl;
    this.listReader = listReader;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler feign = feignHandlers.create(target, dispatch);
    String description = target.type().getSimpleName() + "(" + maskedUrl + ")";
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        switch (method.getName()) {
          case "toString":
            return description;
          case "equals":
            return args != null && args.length == 1 && proxy == args[0];
          case "hashCode":
            return System.identityHashCode(proxy);
          default:
            break;
        }
      }
      if (method.getDeclaringClass() == BulkListApi.class && method.getName().equals("listReader")) {
        return listReader;
      }
      if (method.isDefault()) {
        return invokeDefault(feign, proxy, method, args);
      }
      try {
        return feign.invoke(proxy, method, args);
      } catch (Bitrix24Exception e) {
        throw e;
      } catch (Error e) {
        throw translateError(e, method);
      } catch (Throwable t) {
        throw translate(t, method);
      }
    };
  }

  /**
   * A default method of an API interface (the generated {@code listAll} and the like) is Java code
   * over the interface's own methods: the calls it makes pass this boundary themselves, and its own
   * argument checks ({@code IllegalArgumentException}) must reach the caller unchanged.
   */
  private static Object invokeDefault(
      InvocationHandler feign, Object proxy, Method method, Object[] args) throws Throwable {
    try {
      return feign.invoke(proxy, method, args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw translate(t, method);
    }
  }

  /**
   * The typed form of an {@link Error} thrown inside a call: a {@link StackOverflowError}, a {@link
   * LinkageError} or an {@link AssertionError} of the client's own code is a failure of that call,
   * not of the JVM, and reaches the caller as a {@link Bitrix24RequestException}. Only the JVM's
   * own distress ({@link OutOfMemoryError}, {@link InternalError}...) passes unchanged.
   */
  static Throwable translateError(Error error, Method method) {
    if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
      return error;
    }
    return translate(error, method);
  }

  /** The typed form of anything that escaped a call. */
  public static Bitrix24Exception translate(Throwable thrown, Method method) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AttemptFailure failure) {
        return failure.failure();
      }
      if (t instanceof Bitrix24Exception typed) {
        return typed;
      }
    }
    String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    if (thrown instanceof EncodeException) {
      return new Bitrix24RequestException(
          name + ": the request could not be written as JSON",
          thrown.getCause() == null ? thrown : thrown.getCause());
    }
    Throwable cause =
        thrown instanceof FeignException && thrown.getCause() != null ? thrown.getCause() : thrown;
    if (cause instanceof IOException io) {
      return new Bitrix24TransportException(
          io.getClass().getSimpleName() + " while talking to the portal", name, io);
    }
    // Keep Feign exceptions out of the chain: their messages hold the URL.
    Throwable safeCause =
        thrown instanceof FeignException
            ? new RuntimeException(thrown.getClass().getSimpleName())
            : thrown;
    return new Bitrix24RequestException(
        name + ": the call failed: " + thrown.getClass().getSimpleName(), safeCause);
  }
}
