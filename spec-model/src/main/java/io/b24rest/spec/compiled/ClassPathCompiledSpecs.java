package io.b24rest.spec.compiled;

import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every compiled spec file on a class path, joined into one model: the library's (in
 * {@code b24-runtime}) and those of every project that generated code from its own specs. No
 * set-up: a project's own methods join the library's as soon as its classes are on the class
 * path.
 */
public final class ClassPathCompiledSpecs {
  private ClassPathCompiledSpecs() {}

  /**
   * The methods, named types and error codes of every {@value CompiledSpecs#RESOURCE} that
   * {@code loader} sees. The same declaration in two files (a jar and a copy of it) counts once.
   *
   * @throws CompiledSpecsException when there is none, one cannot be read, or two declare the
   *     same method, type or error code differently
   */
  public static SpecModel read(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<URL> files;
    try {
      files = Collections.list(loader.getResources(CompiledSpecs.RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + CompiledSpecs.RESOURCE + " on the class path", e);
    }
    if (files.isEmpty()) {
      throw new CompiledSpecsException(
          "no compiled specs (" + CompiledSpecs.RESOURCE + ") on the class path; add b24-runtime,"
              + " whose jar holds the library's");
    }
    Joined<MethodModel> methods = new Joined<>("method", MethodModel::name);
    Joined<NamedType> types = new Joined<>("type", t -> t.scope() + "/" + t.name());
    Joined<ErrorCode> codes = new Joined<>("error code", ErrorCode::code);
    for (URL file : files) {
      SpecModel part = CompiledSpecs.fromJson(text(file), file.toString());
      part.methods().forEach(m -> methods.add(m, file));
      part.types().forEach(t -> types.add(t, file));
      part.errorCodes().forEach(c -> codes.add(c, file));
    }
    return new SpecModel(methods.values(), types.values(), codes.values());
  }

  private static String text(URL resource) {
    try (InputStream in = resource.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Declarations by key, in class path order; a different one under a key already taken is an error. */
  private static final class Joined<T> {
    private final String what;
    private final Function<T, String> key;
    private final Map<String, T> values = new LinkedHashMap<>();
    private final Map<String, URL> origins = new LinkedHashMap<>();

    Joined(String what, Function<T, String> key) {
      this.what = what;
      this.key = key;
    }

    void add(T value, URL origin) {
      String name = key.apply(value);
      T before = values.putIfAbsent(name, value);
      if (before == null) {
        origins.put(name, origin);
      } else if (!before.equals(value)) {
        throw new CompiledSpecsException(
            "the " + what + " " + name + " is declared differently in " + origins.get(name)
                + " and in " + origin + "; keep one of the two on the class path");
      }
    }

    List<T> values() {
      return new ArrayList<>(values.values());
    }
  }
}
