package io.b24rest.runtime;

import io.b24rest.core.GenerateFromSpecs;

/**
 * Anchor of the spec processor: compiling this module generates the typed API (package
 * {@code io.b24rest.api}) from the specs of {@code b24-spec} on the class path.
 *
 * <p>The annotation only needs some element to sit on; this class has no other job.
 */
@GenerateFromSpecs
final class GeneratedApi {
  private GeneratedApi() {}
}
