package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.CATALOGUE;
import static io.b24rest.spec.validation.SeedSpecs.catalogue;
import static io.b24rest.spec.validation.SeedSpecs.methodPath;
import static io.b24rest.spec.validation.SeedSpecs.replaceOnce;
import static io.b24rest.spec.validation.SeedSpecs.smallMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code result: {description, type: Name}}: a result that is a named object type. */
class ResultTypeTest {
  private static final String NAME = "humanresources.thing.add";
  private static final String OWN_FIELDS =
      "  fields:\n    - name: done\n      type: boolean\n      description: Done.\n";
  private static final String TYPES =
      "spec: 2\nscope: humanresources\ntypes:\n"
          + "  - name: Thing\n    description: A thing.\n    fields:\n"
          + "      - name: id\n        type: integer\n        description: Id.\n"
          + "      - name: title\n        type: string\n        description: Title.\n"
          + "  - name: Shade\n    description: A shade.\n    values:\n"
          + "      - value: dark\n        description: dark\n";

  @Test
  void aResultTypeIsReadWithTheFieldsOfItsType() {
    SpecReadResult read = read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "  type: Thing\n"));

    assertEquals(List.of(), read.diagnostics());
    MethodModel method = read.model().orElseThrow().methods().get(0);
    assertEquals(Optional.of("Thing"), method.resultType());
    assertEquals(List.of("id", "title"), method.result().stream().map(FieldModel::name).toList());
    assertEquals("The outcome.", method.resultDescription());
  }

  @Test
  void aResultWithFieldsHasNoResultType() {
    SpecReadResult read = read(smallMethod(NAME, "  []\n"));
    assertEquals(Optional.empty(), read.model().orElseThrow().methods().get(0).resultType());
  }

  @Test
  void anUndefinedResultTypeIsReportedWithAHint() {
    SpecReadResult read = read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "  type: Thnig\n"));
    assertOnlyProblem(read, "undefined type 'Thnig' of 'result' in scope 'humanresources'");
    assertTrue(read.diagnostics().get(0).fix().startsWith("did you mean 'Thing'? "));
  }

  @Test
  void aNamedEnumIsAResultType() {
    SpecReadResult read = read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "  type: Shade\n"));
    assertEquals(List.of(), read.diagnostics());
    MethodModel method = read.model().orElseThrow().methods().get(0);
    assertEquals(new TypeRef.Named("Shade"), method.resultShape());
    assertEquals(List.of(), method.result());
  }

  @Test
  void aBareBooleanIsAResult() {
    SpecReadResult read = read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "  type: boolean\n"));
    assertEquals(List.of(), read.diagnostics());
    MethodModel method = read.model().orElseThrow().methods().get(0);
    assertEquals(new TypeRef.Scalar(ScalarType.BOOLEAN), method.resultShape());
    assertEquals(Optional.empty(), method.resultType());
    assertEquals(List.of(), method.result());
  }

  @Test
  void anArrayAtTheRootIsAResult() {
    SpecReadResult read = read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "  type: array<Thing>\n"));
    assertEquals(List.of(), read.diagnostics());
    assertEquals(
        new TypeRef.ArrayOf(new TypeRef.Named("Thing")), read.model().orElseThrow().methods().get(0).resultShape());
  }

  @Test
  void anArrayOfInlineObjectsTakesFieldsAndType() {
    SpecReadResult read =
        read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "  type: array<object>\n" + OWN_FIELDS));
    assertEquals(List.of(), read.diagnostics());
    TypeRef shape = read.model().orElseThrow().methods().get(0).resultShape();
    TypeRef.InlineObject element = (TypeRef.InlineObject) ((TypeRef.ArrayOf) shape).element();
    assertEquals(List.of("done"), element.fields().stream().map(FieldModel::name).toList());
  }

  @Test
  void anUnknownResultTypeWordIsReportedAsAType() {
    SpecReadResult read = read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "  type: bolean\n"));
    assertOnlyProblem(read, "unknown type 'bolean' of 'result'");
  }

  @Test
  void aResultNeedsFieldsOrATypeButNotBoth() {
    assertOnlyProblem(
        read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, OWN_FIELDS + "  type: Thing\n")),
        "'result' has both 'fields' and 'type'");
    assertOnlyProblem(
        read(replaceOnce(smallMethod(NAME, "  []\n"), OWN_FIELDS, "")),
        "'result' has neither 'fields' nor 'type'");
  }

  private static void assertOnlyProblem(SpecReadResult read, String problem) {
    assertEquals(List.of(problem), read.diagnostics().stream().map(SpecDiagnostic::problem).toList());
    assertTrue(read.model().isEmpty());
  }

  private static SpecReadResult read(String method) {
    return SpecReader.read(
        List.of(
            new SpecSource(methodPath(NAME), method),
            new SpecSource(CATALOGUE, catalogue()),
            new SpecSource("bitrix24/spec/humanresources/humanresources.types.yaml", TYPES)));
  }
}
