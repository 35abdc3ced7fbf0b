package io.b24rest.core.spi;

import java.util.List;

/**
 * The methods generated into one package, found through {@link java.util.ServiceLoader}: the spec
 * processor generates {@code <basePackage>.Bitrix24Methods} as an implementation and lists it in
 * {@code META-INF/services/io.b24rest.core.spi.MethodRegistry}, so that the library's methods and
 * those a consumer generates from its own specs are seen together.
 */
public interface MethodRegistry {
  /**
   * Every method of this registry's specs, sorted by name.
   *
   * @return the methods, unmodifiable
   */
  List<MethodDescriptor> methods();
}
