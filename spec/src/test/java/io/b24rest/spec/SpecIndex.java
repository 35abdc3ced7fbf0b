package io.b24rest.spec;

import java.util.Arrays;
import java.util.List;

/** The spec files listed in {@code bitrix24/spec/index.txt}, which the build writes. */
final class SpecIndex {
  private SpecIndex() {}

  /** Every spec file of the index, as class path resources. */
  static List<String> files() {
    return Arrays.stream(SpecSchemaValidator.read("bitrix24/spec/index.txt").split("\\R"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
