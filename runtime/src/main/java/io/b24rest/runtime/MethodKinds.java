package io.b24rest.runtime;

import io.b24rest.core.MethodKind;
import io.b24rest.core.spi.MethodDescriptor;

/**
 * Whether a REST method reads or writes, from the generated method registries on the class path
 * ({@link Bitrix24Registry}): the library's and those of a project's own specs. A method no
 * registry knows counts as a write: it must not run twice.
 */
final class MethodKinds {
  private MethodKinds() {}

  static MethodKind of(String method) {
    return Bitrix24Registry.method(method).map(MethodDescriptor::kind).orElse(MethodKind.WRITE);
  }
}
