package io.b24rest.sample;

import io.b24rest.core.ApiResponse;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.runtime.Bitrix24Client;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Calls the generated Java method a {@link MethodDescriptor} names, with its typed request. */
final class TypedCall {
  private TypedCall() {}

  /**
   * Invokes {@code descriptor.javaMethod()} on {@code client.api(descriptor.api())}.
   *
   * @param request an instance of {@code descriptor.requestType()}
   * @return the typed answer
   * @throws io.b24rest.core.Bitrix24Exception as the generated method throws it
   */
  static ApiResponse<?> invoke(Bitrix24Client client, MethodDescriptor descriptor, Object request) {
    Method method;
    try {
      method = descriptor.api().getMethod(descriptor.javaMethod(), descriptor.requestType());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          "the generated registry names " + descriptor.javaMethod() + " on "
              + descriptor.api().getSimpleName() + ", which does not exist", e);
    }
    Object api = client.api(descriptor.api());
    Object answer;
    try {
      answer = method.invoke(api, request);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + descriptor.name(), e);
    }
    return (ApiResponse<?>) answer;
  }
}
