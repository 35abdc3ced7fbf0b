package io.b24rest.spec.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReader;
import org.junit.jupiter.api.Test;

/** The compiled form gives back exactly the model the YAML reader built. */
class CompiledSpecsTest {
  private static final String ORIGIN = "jar:test!/" + CompiledSpecs.RESOURCE;

  @Test
  void everySpecOfTheLibraryReadsBackEqual() {
    SpecModel model =
        SpecReader.readClassPath(getClass().getClassLoader(), "bitrix24/spec/index.txt").model().orElseThrow();
    assertFalse(model.methods().isEmpty());

    SpecModel back = CompiledSpecs.fromJson(CompiledSpecs.toJson(model), ORIGIN);

    // Records compare by value, so this compares every method, field, type, error and example.
    assertEquals(model, back);
  }

  @Test
  void anotherFormatIsOneClearError() {
    String json = CompiledSpecs.toJson(new SpecModel(java.util.List.of(), java.util.List.of(), java.util.List.of()))
        .replace("\"format\":1", "\"format\":99");

    CompiledSpecsException e = assertThrows(CompiledSpecsException.class, () -> CompiledSpecs.fromJson(json, ORIGIN));

    assertTrue(e.getMessage().contains(ORIGIN) && e.getMessage().contains("format 99"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void brokenJsonIsOneClearError() {
    for (String json : new String[] {"{\"format\":1,\"model\":{\"methods\":[{\"name\":3}]}}", "{", "[]", ""}) {
      CompiledSpecsException e =
          assertThrows(CompiledSpecsException.class, () -> CompiledSpecs.fromJson(json, ORIGIN), json);
      assertTrue(e.getMessage().startsWith(ORIGIN), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
  }
}
