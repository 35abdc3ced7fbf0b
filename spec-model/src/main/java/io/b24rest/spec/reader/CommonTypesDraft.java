package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.List;

/**
 * The shared types file {@code common.types.yaml} as written.
 *
 * @param path the file's path
 * @param types the named types it declares, of scope {@link io.b24rest.spec.model.NamedType#COMMON_SCOPE}
 * @param location the start of the file
 */
public record CommonTypesDraft(String path, List<NamedTypeDraft> types, SourceLocation location) {
  public CommonTypesDraft {
    types = List.copyOf(types);
  }
}
