package io.b24rest.runtime;

import io.b24rest.core.ApiError;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.spi.ApiErrorFactory;
import io.b24rest.core.spi.ErrorRegistry;
import io.b24rest.core.spi.MethodDescriptor;
import io.b24rest.core.spi.MethodRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Every generated API on the class path, joined: the library's ({@code io.b24rest.api}) and those
 * a project generates from its own specs into its own package. Each generated package registers
 * its {@code Bitrix24Methods} and {@code errors.Bitrix24Errors} through {@link ServiceLoader}
 * ({@link MethodRegistry}, {@link ErrorRegistry}); this class reads them once.
 *
 * <p>Where two registries know the same method name or error code (which the processor prevents
 * for a project's own specs), the registry whose class name sorts first wins, so that the answer
 * does not depend on the class path order.
 */
public final class Bitrix24Registry {
  private static final Comparator<Object> BY_CLASS_NAME =
      Comparator.comparing(registry -> registry.getClass().getName());

  private Bitrix24Registry() {}

  /**
   * Every method of every generated API on the class path, sorted by name.
   *
   * @return the methods, unmodifiable
   */
  public static List<MethodDescriptor> methods() {
    return Loaded.METHODS.values().stream()
        .sorted(Comparator.comparing(MethodDescriptor::name))
        .toList();
  }

  /**
   * The method called {@code name} in any generated API on the class path.
   *
   * @param name the REST method name, for example {@code humanresources.node.get}
   * @return the method, or empty when no registry knows it
   */
  public static Optional<MethodDescriptor> method(@Nullable String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(Loaded.METHODS.get(name));
  }

  /**
   * Maps every error code of every generated API on the class path to its exception, any other
   * code to a plain {@link Bitrix24ApiException}: the default of {@link
   * Bitrix24ClientBuilder#errorFactory}.
   *
   * @return the factory; it holds no mutable state
   */
  public static ApiErrorFactory errorFactory() {
    return Loaded.ERRORS;
  }

  /** Read on first use, by the holder idiom: loading runs the registries' static initializers. */
  private static final class Loaded {
    static final Map<String, MethodDescriptor> METHODS = loadMethods();
    static final ApiErrorFactory ERRORS = loadErrors();

    private static Map<String, MethodDescriptor> loadMethods() {
      Map<String, MethodDescriptor> byName = new LinkedHashMap<>();
      for (MethodRegistry registry : load(MethodRegistry.class)) {
        registry.methods().forEach(method -> byName.putIfAbsent(method.name(), method));
      }
      return Map.copyOf(byName);
    }

    private static ApiErrorFactory loadErrors() {
      Map<String, ErrorRegistry> byCode = new LinkedHashMap<>();
      for (ErrorRegistry registry : load(ErrorRegistry.class)) {
        registry.codes().forEach(code -> byCode.putIfAbsent(code, registry));
      }
      Map<String, ErrorRegistry> known = Map.copyOf(byCode);
      return (ApiError error) -> {
        ErrorRegistry registry = known.get(error.code());
        return registry == null ? new Bitrix24ApiException(error) : registry.create(error);
      };
    }

    /** The providers, sorted by class name; a provider that fails to load is skipped. */
    private static <T> List<T> load(Class<T> service) {
      List<T> providers = new ArrayList<>();
      var iterator = ServiceLoader.load(service, Bitrix24Registry.class.getClassLoader()).iterator();
      while (true) {
        try {
          if (!iterator.hasNext()) {
            break;
          }
          providers.add(iterator.next());
        } catch (ServiceConfigurationError e) {
          // A broken or stale entry (a class removed without clean) must not stop the client.
        }
      }
      providers.sort(BY_CLASS_NAME);
      return providers;
    }
  }
}
