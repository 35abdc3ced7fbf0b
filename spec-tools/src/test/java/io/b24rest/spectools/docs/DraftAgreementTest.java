package io.b24rest.spectools.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How close each draft comes to the curated spec of its method: the share of params, result
 * fields (as dotted paths) and errors (code and field) both name. Written to
 * {@code target/import-agreement.md}; the mean is held at a floor.
 */
class DraftAgreementTest {
  static final double MEAN_FLOOR = 0.85;

  @Test
  void draftsAgreeWithTheCuratedSpecs() throws IOException {
    SpecModel curated = curated();
    Map<String, MethodModel> curatedMethods = curated.methods().stream()
        .collect(Collectors.toMap(MethodModel::name, Function.identity()));
    Map<String, double[]> scores = new TreeMap<>();
    for (ImportedDrafts.Draft draft : ImportedDrafts.all().values()) {
      MethodModel reference = curatedMethods.get(draft.method().method);
      Optional<SpecModel> model = read(draft.source());
      if (reference == null || model.isEmpty()) {
        continue;
      }
      MethodModel drafted = model.get().methods().get(0);
      scores.put(reference.name(), new double[] {
        share(names(drafted.params()), names(reference.params())),
        share(paths(drafted, model.get()), paths(reference, curated)),
        share(errors(drafted), errors(reference))
      });
    }
    double mean = scores.values().stream().mapToDouble(s -> (s[0] + s[1] + s[2]) / 3).average().orElse(0);
    StringBuilder text = new StringBuilder("# import-docs drafts against the curated specs\n\n")
        .append(String.format("%d methods compared; mean agreement %.2f%n%n", scores.size(), mean))
        .append("| method | params | result fields | errors |\n|---|---|---|---|\n");
    scores.forEach((method, s) -> text.append(String.format("| %s | %.2f | %.2f | %.2f |%n", method, s[0], s[1], s[2])));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/import-agreement.md"), text);
    assertTrue(!scores.isEmpty(), "no draft could be compared with a curated spec");
    assertTrue(mean >= MEAN_FLOOR, String.format("mean agreement %.2f below %.2f: see target/import-agreement.md", mean, MEAN_FLOOR));
  }

  private static SpecModel curated() {
    SpecReadResult read = SpecReader.readClassPath(DraftAgreementTest.class.getClassLoader(), "bitrix24/spec/index.txt");
    return read.model().orElseThrow(() -> new AssertionError("curated specs: " + read.diagnostics()));
  }

  private static Optional<SpecModel> read(SpecSource draft) {
    List<SpecSource> sources = new ArrayList<>(ImportedDrafts.sharedFiles());
    sources.add(draft);
    return SpecReader.read(sources).model();
  }

  /** Shared over united: 1 when both name the same, 0 when they share nothing (1 when both are empty). */
  static double share(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }

  private static Set<String> names(List<FieldModel> fields) {
    return fields.stream().map(FieldModel::name).collect(Collectors.toSet());
  }

  private static Set<String> errors(MethodModel method) {
    return method.errors().stream().map(DraftAgreementTest::errorKey).collect(Collectors.toSet());
  }

  private static String errorKey(MethodError error) {
    return error.code() + "/" + error.field();
  }

  private static Set<String> paths(MethodModel method, SpecModel model) {
    Set<String> paths = new HashSet<>();
    collect("", method.result(), method.scope(), model, paths, 0);
    return paths;
  }

  private static void collect(String prefix, List<FieldModel> fields, String scope, SpecModel model, Set<String> paths, int depth) {
    for (FieldModel field : fields) {
      String path = prefix + field.name();
      paths.add(path);
      if (depth < 3) {
        collect(path + ".", nested(field.type(), scope, model), scope, model, paths, depth + 1);
      }
    }
  }

  private static List<FieldModel> nested(TypeRef type, String scope, SpecModel model) {
    if (type instanceof TypeRef.ArrayOf array) {
      return nested(array.element(), scope, model);
    }
    if (type instanceof TypeRef.InlineObject object) {
      return object.fields();
    }
    if (type instanceof TypeRef.Named named) {
      // As the generator resolves it: the scope's own type, else the common one (two scopes'
      // drafts may each declare a Field of their own).
      return model.type(scope, named.name())
          .map(NamedType::shape)
          .filter(TypeRef.InlineObject.class::isInstance)
          .map(shape -> ((TypeRef.InlineObject) shape).fields())
          .orElse(List.of());
    }
    return List.of();
  }
}
