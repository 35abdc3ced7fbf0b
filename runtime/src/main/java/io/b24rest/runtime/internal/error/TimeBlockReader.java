package io.b24rest.runtime.internal.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.b24rest.core.ResponseTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code time} block of a successful answer on its own, so that a broken one (wrong
 * types, not an object) costs only itself: the answer's {@code result} stands, for a write that ran
 * as for a read, and the block is reported as absent ({@code time()} null), with one WARN line per
 * method (DEBUG after that) naming the field that did not fit, never its value.
 */
final class TimeBlockReader {
  private static final Logger LOG = LoggerFactory.getLogger(ResponseInterpreter.class);

  /** Built once: {@code treeToValue} resolves the type and a reader on every answer. */
  private final ObjectReader reader;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  TimeBlockReader(ObjectMapper mapper) {
    this.reader = mapper.readerFor(ResponseTime.class);
  }

  /** The block; null when absent, {@code null} or broken. */
  @Nullable ResponseTime read(@Nullable JsonNode block, String method) {
    if (block == null || block.isNull() || block.isMissingNode()) {
      return null;
    }
    if (!block.isObject()) {
      report(method, "it is a " + block.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      return null;
    }
    try {
      return reader.readValue(block);
    } catch (JsonMappingException e) {
      String field = ShapeMismatch.path(e);
      report(method, field.isEmpty() ? "it does not fit" : "time." + field + " does not fit");
      return null;
    } catch (java.io.IOException | RuntimeException e) {
      report(method, "it does not fit");
      return null;
    }
  }

  private void report(String method, String why) {
    String line = "{}: the answer's time block is broken ({}); the result is kept, the block taken"
        + " as absent";
    if (warned.add(method)) {
      LOG.warn(line, method, why);
    } else {
      LOG.debug(line, method, why);
    }
  }
}
