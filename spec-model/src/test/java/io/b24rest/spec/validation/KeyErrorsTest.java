package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.METHOD;
import static io.b24rest.spec.validation.SeedSpecs.assertOnly;
import static io.b24rest.spec.validation.SeedSpecs.lineOf;
import static io.b24rest.spec.validation.SeedSpecs.method;
import static io.b24rest.spec.validation.SeedSpecs.readMethod;
import static io.b24rest.spec.validation.SeedSpecs.replaceOnce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.reader.SpecReadResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Problems with the keys of a spec and the kinds of their values. */
class KeyErrorsTest {

  @Test
  void unknownKeySuggestsTheClosestKnownKey() {
    String spec = replaceOnce(method(), "    required: true\n", "    reqired: true\n");
    assertOnly(readMethod(spec), METHOD, 13, 5, "unknown key 'reqired' in param 'id'", "did you mean 'required'?");
  }

  @Test
  void unknownKeyWithoutACloseOneListsTheKnownKeys() {
    String spec = replaceOnce(method(), "kind: read\n", "kind: read\nsummaryText: x\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        6,
        1,
        "unknown key 'summaryText' in the method",
        "remove it; the keys of the method are spec, method, scope, kind, access, summary, description, docs, notes,"
            + " params, result, types, errors, examples, paging, java");
  }

  @Test
  void missingRequiredKey() {
    String spec = replaceOnce(method(), "summary: Returns chats, channels, and collabs associated with a department or team.\n", "");
    assertOnly(readMethod(spec), METHOD, 2, 1, "missing key 'summary' in the method", "add 'summary:' to the method");
  }

  @Test
  void missingRequiredKeyOfAField() {
    String spec = replaceOnce(method(), "        type: string\n        nullable: true\n", "        nullable: true\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "name: avatar"),
        9,
        "missing key 'type' in field 'avatar' of type 'Communication'",
        "add 'type:' to field 'avatar' of type 'Communication'");
  }

  @Test
  void wrongValueType() {
    String spec = replaceOnce(method(), "    required: true\n", "    required: yes-please\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        13,
        15,
        "'required' of param 'id' must be true or false, not 'yes-please'",
        "write 'required: true' or 'required: false'");
  }

  @Test
  void quotedBooleanIsText() {
    String spec = replaceOnce(method(), "        nullable: true\n        description: Link", "        nullable: \"true\"\n        description: Link");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "nullable: \"true\""),
        19,
        "'nullable' of field 'avatar' of type 'Communication' must be true or false, not the quoted text 'true'",
        "write 'nullable: true' or 'nullable: false'");
  }

  @Test
  void listExpectedButTextGiven() {
    String spec = replaceOnce(method(), "params:\n  - name: id\n    type: integer\n    required: true\n", "params: id\nxparams:\n  - name: id\n    type: integer\n    required: true\n");
    SpecDiagnostic first = readMethod(spec).diagnostics().get(0);
    org.junit.jupiter.api.Assertions.assertEquals("'params' of the method must be a list, not 'id'", first.problem());
    org.junit.jupiter.api.Assertions.assertEquals("write one '- ' item a line under 'params:', or 'params: []'", first.fix());
    org.junit.jupiter.api.Assertions.assertEquals(10, first.location().line());
    org.junit.jupiter.api.Assertions.assertEquals(9, first.location().column());
  }

  @Test
  void duplicateKey() {
    String spec = replaceOnce(method(), "kind: read\n", "kind: read\nkind: write\n");
    assertOnly(readMethod(spec), METHOD, 6, 1, "duplicate key 'kind' in the method", "remove one of the two 'kind' keys");
  }

  @Test
  void duplicateKeyOfAParamNamesTheParam() {
    String spec = replaceOnce(method(), "    type: integer\n    required: true\n", "    type: integer\n    type: string\n    required: true\n");
    assertOnly(readMethod(spec), METHOD, 13, 5, "duplicate key 'type' in param 'id'", "remove one of the two 'type' keys");
  }

  @Test
  void unsupportedSpecVersion() {
    String spec = replaceOnce(method(), "spec: 2\n", "spec: 1\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        2,
        7,
        "unsupported spec version 1",
        "write 'spec: 2'; this processor reads format version 2 only"
            + " (spec/README.md, 'From version 1', says what to change)");
  }

  @Test
  void kindIsNeitherReadNorWrite() {
    String spec = replaceOnce(method(), "kind: read\n", "kind: reed\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        5,
        7,
        "unknown kind 'reed' of the method",
        "write 'kind: read' for a method that changes nothing or 'kind: write' for one that does");
  }

  @Test
  void emptyName() {
    String spec = replaceOnce(method(), "params:\n  - name: id\n", "params:\n  - name: \"\"\n");
    assertOnly(readMethod(spec), METHOD, 11, 11, "'name' of a param is empty", "write the JSON name exactly as on the wire");
  }

  @Test
  void requiredOnAResultField() {
    String spec =
        replaceOnce(method(), "    - name: chatsNoAccess\n      type: integer\n", "    - name: chatsNoAccess\n      type: integer\n      required: true\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "name: chatsNoAccess") + 2,
        7,
        "'required' applies to params and fields of named types, not to result field 'chatsNoAccess'",
        "remove 'required'; use 'presence' to say when the field is returned");
  }

  @Test
  void requiredAndDefaultOnAFieldOfANamedTypeAreKept() {
    String spec =
        replaceOnce(method(), "      - name: avatar\n", "      - name: avatar\n        default: \"\"\n        required: true\n");
    SpecReadResult result = readMethod(spec);
    assertEquals(List.of(), result.diagnostics());
    FieldModel avatar =
        ((TypeRef.InlineObject) result.model().orElseThrow().type("humanresources", "Communication").orElseThrow().shape())
            .fields().stream().filter(f -> f.name().equals("avatar")).findFirst().orElseThrow();
    assertTrue(avatar.required());
    assertEquals(Optional.of(""), avatar.defaultValue());
  }

  @Test
  void exampleStatusOutsideHttpRange() {
    String spec = replaceOnce(method(), "    - status: 400\n", "    - status: 99\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "status: 99"),
        15,
        "status 99 of response example 2 is not an HTTP status",
        "write a status from 100 to 599, for example 200");
  }

  @Test
  void exampleStatusThatIsNotANumber() {
    String spec = replaceOnce(method(), "    - status: 200\n", "    - status: OK\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "status: OK"),
        15,
        "'status' of response example 1 must be a whole number, not 'OK'",
        "write the HTTP status of the answer, for example 'status: 200'");
  }
}
