package io.b24rest.spec.reader;

import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.validation.SpecDiagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What reading a set of specs gave: the model when every spec is valid, otherwise every problem
 * found (and no model, so nothing is generated from a broken spec).
 *
 * @param model present only when {@code diagnostics} is empty
 * @param diagnostics every problem, in file and line order
 */
public record SpecReadResult(Optional<SpecModel> model, List<SpecDiagnostic> diagnostics) {
  public SpecReadResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
