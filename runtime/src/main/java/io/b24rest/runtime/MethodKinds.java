package io.b24rest.runtime;

import io.b24rest.core.MethodKind;
import io.b24rest.core.spi.MethodDescriptor;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Whether a REST method reads or writes, from the generated method registry ({@code
 * io.b24rest.api.Bitrix24Methods}), found by name so that the runtime works without generated code.
 * A method the registry does not know counts as a write: it must not run twice.
 */
final class MethodKinds {
  static final String GENERATED_REGISTRY = "io.b24rest.api.Bitrix24Methods";

  private static final Method FIND = findMethod();

  private MethodKinds() {}

  static MethodKind of(String method) {
    if (FIND == null) {
      return MethodKind.WRITE;
    }
    try {
      Object found = FIND.invoke(null, method);
      if (found instanceof Optional<?> optional
          && optional.orElse(null) instanceof MethodDescriptor descriptor) {
        return descriptor.kind();
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // An unusable registry knows no method.
    }
    return MethodKind.WRITE;
  }

  private static Method findMethod() {
    try {
      Class<?> registry =
          Class.forName(GENERATED_REGISTRY, true, MethodKinds.class.getClassLoader());
      return registry.getMethod("find", String.class);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }
}
