package io.b24rest.spec.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every shape a field can take, as the model gives it to the writers. */
class ModelShapesTest {
  private static final String PATH = "bitrix24/spec/humanresources/humanresources.node.update.yaml";
  private static final String SPEC =
      """
      spec: 2
      method: humanresources.node.update
      scope: humanresources
      kind: write
      access: Admins.
      summary: Updates a node.
      docs: https://apidocs.bitrix24.com/
      params:
        - name: id
          type: integer
          required: true
          description: Id.
        - name: fields
          type: object
          required: true
          description: What to change.
          fields:
            - name: name
              type: string
              required: true
              description: Name.
            - name: colors
              type: array<enum>
              default: "[]"
              description: Colors.
              values:
                - value: blue
                - value: red
                  description: Red.
        - name: extra
          type: map<any>
          description: Extra.
      result:
        description: Outcome.
        fields:
          - name: members
            type: array<object>
            nullable: true
            description: Members.
            fields:
              - name: MEMBER_HEAD
                type: boolean
                description: Head.
          - name: kind
            type: NodeKind
            description: Kind.
      types:
        - name: NodeKind
          description: Kind.
          values:
            - value: DEPARTMENT
              description: department
      errors: []
      examples:
        request: {"id": 1, "fields": {"name": "x", "colors": ["blue"]}, "n": 1.50, "big": 123456789012345678901234567890}
        responses: []
      """;

  @Test
  void buildsEveryShape() throws IOException {
    SpecReadResult result =
        SpecReader.read(
            List.of(
                new SpecSource(PATH, SPEC),
                new SpecSource("bitrix24/spec/common-errors.yaml", resource("bitrix24/spec/common-errors.yaml")),
                new SpecSource(
                    "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml",
                    resource("bitrix24/spec/humanresources/humanresources.node.communication.list.yaml"))));
    assertEquals(List.of(), result.diagnostics());
    SpecModel model = result.model().orElseThrow();

    assertEquals(
        List.of("humanresources.node.communication.list", "humanresources.node.update"),
        model.methods().stream().map(MethodModel::name).toList());
    assertEquals(List.of("Communication", "NodeKind"), model.types().stream().map(NamedType::name).toList());
    assertEquals(
        new TypeRef.InlineEnum(List.of(new EnumValue("DEPARTMENT", "department"))), model.types().get(1).shape());

    MethodModel update = model.methods().get(1);
    assertEquals(MethodKind.WRITE, update.kind());
    FieldModel fields = update.params().get(1);
    assertTrue(fields.required());
    List<FieldModel> nested = ((TypeRef.InlineObject) fields.type()).fields();
    assertTrue(nested.get(0).required());
    assertEquals(Optional.of("[]"), nested.get(1).defaultValue());
    assertEquals(
        new TypeRef.ArrayOf(new TypeRef.InlineEnum(List.of(new EnumValue("blue", ""), new EnumValue("red", "Red.")))),
        nested.get(1).type());
    assertEquals(new TypeRef.MapOf(new TypeRef.Scalar(ScalarType.ANY)), update.params().get(2).type());
    assertFalse(update.params().get(2).required());

    FieldModel members = update.result().get(0);
    assertTrue(members.nullable());
    TypeRef.InlineObject member = (TypeRef.InlineObject) ((TypeRef.ArrayOf) members.type()).element();
    assertEquals("MEMBER_HEAD", member.fields().get(0).name());
    assertEquals(new TypeRef.Named("NodeKind"), update.result().get(1).type());

    assertEquals(
        Optional.of("{\"id\":1,\"fields\":{\"name\":\"x\",\"colors\":[\"blue\"]},\"n\":1.50,\"big\":123456789012345678901234567890}"),
        update.requestExample());
    assertEquals(List.of(), update.errors());
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ModelShapesTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
