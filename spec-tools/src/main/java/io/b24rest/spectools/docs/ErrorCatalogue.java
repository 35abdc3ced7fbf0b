package io.b24rest.spectools.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The codes of the library's error catalogue: a draft gives them no status of its own. */
public final class ErrorCatalogue {
  private static final String RESOURCE = "bitrix24/spec/common-errors.yaml";

  private ErrorCatalogue() {}

  /** The catalogue's codes, from the class path; empty if it is not there. */
  public static Set<String> codes() {
    try (InputStream in = ErrorCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Set.of();
      }
      Object root = new Load(LoadSettings.builder().build())
          .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!(root instanceof Map<?, ?> map) || !(map.get("errors") instanceof List<?> errors)) {
        return Set.of();
      }
      return errors.stream()
          .filter(Map.class::isInstance)
          .map(error -> String.valueOf(((Map<?, ?>) error).get("code")))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException | RuntimeException e) {
      return Set.of();
    }
  }
}
