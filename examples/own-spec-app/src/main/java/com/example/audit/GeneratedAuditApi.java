package com.example.audit;

// tag::readme-generate-from-specs[]
import io.b24rest.core.GenerateFromSpecs;

/**
 * Anchor of the spec processor: compiling this project generates the API of its own specs
 * ({@code src/main/resources/bitrix24/spec/}) into {@code com.example.audit.b24}. The library's
 * methods stay in {@code io.b24rest.api}; both are registered for the runtime and the testkit.
 */
@GenerateFromSpecs(basePackage = "com.example.audit.b24")
final class GeneratedAuditApi {
  private GeneratedAuditApi() {}
}
// end::readme-generate-from-specs[]
