package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.METHOD;
import static io.b24rest.spec.validation.SeedSpecs.assertOnly;
import static io.b24rest.spec.validation.SeedSpecs.lineOf;
import static io.b24rest.spec.validation.SeedSpecs.method;
import static io.b24rest.spec.validation.SeedSpecs.readMethod;
import static io.b24rest.spec.validation.SeedSpecs.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems with the types of params and fields, and with named types. */
class TypeErrorsTest {
  private static final String TYPES = "bitrix24/spec/humanresources/humanresources.types.yaml";
  private static final String CHATS = "name: chats\n      type: array<Communication>\n";
  private static final String VOCABULARY =
      "integer, string, boolean, double, date, datetime, timestamp, base64, any, filter, enum, object, array<T>, map<T>";

  @Test
  void unknownTypeListsTheVocabulary() {
    String spec = replaceOnce(method(), "    type: integer\n    required: true\n", "    type: integr\n    required: true\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        12,
        11,
        "unknown type 'integr' of param 'id'",
        "use one of " + VOCABULARY + " or a type declared under 'types'; did you mean 'integer'?");
  }

  @Test
  void unknownTypeWithoutACloseWordListsTheVocabularyOnly() {
    String spec = replaceOnce(method(), "    type: integer\n    required: true\n", "    type: identifier\n    required: true\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        12,
        11,
        "unknown type 'identifier' of param 'id'",
        "use one of " + VOCABULARY + " or a type declared under 'types'");
  }

  @Test
  void valuesThatAreNoListAreReportedOnce() {
    String spec = replaceOnce(method(), "        values:\n          - value: CHAT\n", "        values: CHAT\n        xvalues:\n          - value: CHAT\n");
    SpecReadResult result = readMethod(spec);
    assertEquals(
        List.of("'values' of field 'type' of type 'Communication' must be a list, not 'CHAT'", "unknown key 'xvalues' in field 'type' of type 'Communication'"),
        result.diagnostics().stream().map(SpecDiagnostic::problem).toList());
  }

  @Test
  void unclosedTypeExpression() {
    String spec = replaceOnce(method(), CHATS, "name: chats\n      type: array<\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        22,
        13,
        "malformed type 'array<' of result field 'chats': 'array<' is not closed with '>'",
        "write a type such as string, array<string> or map<integer>, with one type inside the angle brackets");
  }

  @Test
  void emptyTypeExpression() {
    String spec = replaceOnce(method(), CHATS, "name: chats\n      type: array<>\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        22,
        13,
        "malformed type 'array<>' of result field 'chats': 'array<>' has no element type",
        "write a type such as string, array<string> or map<integer>, with one type inside the angle brackets");
  }

  @Test
  void enumWithoutValues() {
    String spec = replaceOnce(method(), "name: color\n        type: string\n", "name: color\n        type: enum\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "name: color") + 1,
        15,
        "enum field 'color' of type 'Communication' has no values",
        "list its values under 'values:', each as '- value: X' with a description");
  }

  @Test
  void enumWithAnEmptyValueList() {
    String spec =
        replaceOnce(
            method(),
            "        values:\n          - value: CHAT\n            description: chat\n          - value: CHANNEL\n"
                + "            description: channel\n          - value: COLLAB\n            description: collab\n",
            "        values: []\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "values: []"),
        9,
        "enum field 'type' of type 'Communication' has no values",
        "list its values under 'values:', each as '- value: X' with a description");
  }

  @Test
  void objectWithoutFields() {
    String spec = replaceOnce(method(), "    type: integer\n    required: true\n", "    type: object\n    required: true\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        12,
        11,
        "object param 'id' has no fields",
        "list its fields under 'fields:', or use 'any' for a value of unknown shape");
  }

  @Test
  void namedTypeWithBothFieldsAndValues() {
    String spec = replaceOnce(method(), "    description: A chat, channel or collab associated with a department or team.\n",
        "    description: A chat, channel or collab associated with a department or team.\n    values:\n      - value: X\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "    values:\n      - value: X"),
        5,
        "type 'Communication' has both 'fields' and 'values'",
        "give an object type 'fields' or an enum type 'values', not both");
  }

  @Test
  void namedTypeWithNeitherFieldsNorValues() {
    String types = "spec: 2\nscope: humanresources\ntypes:\n  - name: Empty\n    description: Nothing.\n";
    assertOnly(
        readMethod(method(), new SpecSource(TYPES, types)),
        TYPES,
        4,
        5,
        "type 'Empty' has neither 'fields' nor 'values'",
        "give an object type 'fields' or an enum type 'values', not both");
  }

  @Test
  void valuesOnANonEnum() {
    String spec = replaceOnce(method(), "type: enum\n", "type: integer\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "values:"),
        9,
        "'values' applies to enum and string types only, but field 'type' of type 'Communication' is of type 'integer'",
        "remove 'values', or change the type to enum or array<enum>");
  }

  @Test
  void valuesOnAStringAreItsKnownValues() {
    String spec =
        replaceOnce(
            method(),
            "\nresult:\n",
            "  - name: select\n    type: array<string>\n    description: Fields to return.\n"
                + "    values:\n      - value: id\n        description: identifier\n      - value: title\n\nresult:\n");
    SpecReadResult result = readMethod(spec);
    assertEquals(List.of(), result.diagnostics());
    FieldModel select = result.model().orElseThrow().methods().get(0).params().get(1);
    assertEquals(new TypeRef.ArrayOf(new TypeRef.Scalar(ScalarType.STRING)), select.type());
    assertEquals(List.of(new EnumValue("id", "identifier"), new EnumValue("title", "")), select.knownValues());
    assertEquals(List.of(), result.model().orElseThrow().methods().get(0).params().get(0).knownValues());
  }

  @Test
  void fieldsOnANonObject() {
    String spec =
        replaceOnce(
            method(),
            "    required: true\n",
            "    required: true\n    fields:\n      - name: a\n        type: string\n        description: A.\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        14,
        5,
        "'fields' applies to object types only, but param 'id' is of type 'integer'",
        "remove 'fields', or change the type to object or array<object>");
  }

  @Test
  void duplicateFieldName() {
    String spec = replaceOnce(method(), "- name: dialogId\n", "- name: avatar\n");
    int second = lineOf(spec, "- name: avatar\n        type: string\n        description: Identifier of the dialog.");
    assertOnly(
        readMethod(spec),
        METHOD,
        second,
        15,
        "duplicate name 'avatar': field 'avatar' of type 'Communication' is already declared at line "
            + lineOf(spec, "- name: avatar"),
        "remove one of the two or rename it");
  }

  @Test
  void duplicateParamName() {
    String spec =
        replaceOnce(
            method(),
            "\nresult:\n",
            "  - name: id\n    type: string\n    description: Again.\n\nresult:\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "  - name: id\n    type: string") ,
        11,
        "duplicate name 'id': param 'id' is already declared at line 11",
        "remove one of the two or rename it");
  }

  @Test
  void duplicateEnumValue() {
    String spec = replaceOnce(method(), "- value: COLLAB\n", "- value: CHAT\n");
    int second = lineOf(spec, "- value: CHAT\n            description: collab");
    assertOnly(
        readMethod(spec),
        METHOD,
        second,
        20,
        "duplicate value 'CHAT' of field 'type' of type 'Communication', already listed at line " + lineOf(spec, "- value: CHAT"),
        "remove the second 'CHAT'");
  }

  @Test
  void namedTypeDeclaredTwiceInAScope() {
    String types =
        "spec: 2\nscope: humanresources\ntypes:\n  - name: Communication\n    description: Again.\n"
            + "    values:\n      - value: A\n";
    SpecReadResult result = readMethod(method(), new SpecSource(TYPES, types));
    assertOnly(
        result,
        TYPES,
        4,
        11,
        "type 'Communication' is declared twice in scope 'humanresources'; first at " + METHOD + ":"
            + lineOf(method(), "  - name: Communication") + ":5",
        "remove one of the two declarations or rename one");
  }

  @Test
  void referenceToAnUndefinedTypeSuggestsADeclaredOne() {
    String spec = replaceOnce(method(), CHATS, "name: chats\n      type: array<Comunication>\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        22,
        13,
        "undefined type 'Comunication' of result field 'chats' in scope 'humanresources'",
        "did you mean 'Communication'? declare 'Comunication' under 'types' of a file of scope 'humanresources',"
            + " or use a declared type");
  }

  @Test
  void typeNameThatIsNotUpperCamelCase() {
    String spec = method().replace("Communication\n", "communication_item\n").replace("array<Communication>", "array<communication_item>");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "  - name: communication_item"),
        11,
        "type name 'communication_item' is not UpperCamelCase",
        "rename it to 'CommunicationItem' and update the fields that use it");
  }

  @Test
  void recursiveTypesAndTypesOfATypesFileResolveAcrossTheScope() {
    String types =
        "spec: 2\nscope: humanresources\ntypes:\n"
            + "  - name: Tree\n    description: A tree.\n    fields:\n"
            + "      - name: children\n        type: array<Tree>\n        description: Subtrees.\n"
            + "      - name: owner\n        type: Communication\n        description: Declared by the method file.\n";
    String spec = replaceOnce(method(), CHATS, "name: chats\n      type: map<Tree>\n");
    SpecReadResult result = readMethod(spec, new SpecSource(TYPES, types));
    assertEquals(List.of(), result.diagnostics());
    SpecModel model = result.model().orElseThrow();
    assertEquals(List.of("Communication", "Tree"), model.types().stream().map(NamedType::name).toList());
    assertEquals(new TypeRef.MapOf(new TypeRef.Named("Tree")), model.methods().get(0).result().get(0).type());
    TypeRef.InlineObject tree = (TypeRef.InlineObject) model.types().get(1).shape();
    assertEquals(new TypeRef.ArrayOf(new TypeRef.Named("Tree")), tree.fields().get(0).type());
  }
}
