package io.b24rest.spec.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedSpecReadTest {
  private static final String FILE = "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml";
  private static final ObjectMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static SpecModel model;
  private static MethodModel method;

  @BeforeAll
  static void readSeed() {
    SpecReadResult result = SpecReader.readClassPath(SeedSpecReadTest.class.getClassLoader(), "bitrix24/spec/index.txt");
    assertEquals(List.of(), result.diagnostics());
    model = result.model().orElseThrow();
    method =
        model.methods().stream()
            .filter(m -> m.name().equals("humanresources.node.communication.list"))
            .findFirst()
            .orElseThrow();
  }

  private static NamedType type(String name) {
    return model.types().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsTheMethodHeader() {
    List<String> names = model.methods().stream().map(MethodModel::name).toList();
    assertEquals(names.stream().sorted().toList(), names);
    assertEquals("humanresources.node.communication.list", method.name());
    assertEquals("humanresources", method.scope());
    assertEquals(MethodKind.READ, method.kind());
    assertEquals("humanresources.node.communication", method.group());
    assertEquals("list", method.action());
    assertTrue(method.docs().startsWith("https://apidocs.bitrix24.com/"));
    assertEquals(Optional.empty(), method.description());
    assertEquals(FILE, method.location().file());
  }

  @Test
  void sortsTypesByScopeAndName() {
    List<String> keys = model.types().stream().map(t -> t.scope() + "/" + t.name()).toList();
    assertEquals(keys.stream().sorted().toList(), keys);
    assertEquals(FILE, type("Communication").location().file());
  }

  @Test
  void readsTheRequiredIntegerParamId() {
    assertEquals(1, method.params().size());
    FieldModel id = method.params().get(0);
    assertEquals("id", id.name());
    assertEquals(new TypeRef.Scalar(ScalarType.INTEGER), id.type());
    assertTrue(id.required());
    assertFalse(id.nullable());
    assertEquals(
        "Identifier of the department or team.\nThe identifier can be obtained using the humanresources.node.list method.",
        id.description());
    assertEquals(11, id.location().line());
  }

  @Test
  void readsTheResultFieldsInOrder() {
    assertEquals(
        List.of("chats", "chatsNoAccess", "channels", "channelsNoAccess", "collabs", "collabsNoAccess"),
        method.result().stream().map(FieldModel::name).toList());
    assertEquals(new TypeRef.ArrayOf(new TypeRef.Named("Communication")), method.result().get(0).type());
    assertEquals(new TypeRef.Scalar(ScalarType.INTEGER), method.result().get(1).type());
  }

  @Test
  void readsCommunicationWithNullableAvatarColorPresenceAndTypeEnum() {
    NamedType communication = type("Communication");
    assertEquals("Communication", communication.name());
    assertEquals("humanresources", communication.scope());
    List<FieldModel> fields = ((TypeRef.InlineObject) communication.shape()).fields();
    assertEquals(
        List.of("avatar", "color", "dialogId", "hasAccess", "id", "isExtranet", "originalNodeId", "subtitle", "title", "type"),
        fields.stream().map(FieldModel::name).toList());
    FieldModel avatar = fields.get(0);
    assertTrue(avatar.nullable());
    assertEquals(Optional.empty(), avatar.presence());
    FieldModel color = fields.get(1);
    assertFalse(color.nullable());
    assertEquals(Optional.of("Returned only for chats and channels."), color.presence());
    assertEquals(new TypeRef.Scalar(ScalarType.BOOLEAN), fields.get(3).type());
    assertEquals(
        new TypeRef.InlineEnum(
            List.of(new EnumValue("CHAT", "chat"), new EnumValue("CHANNEL", "channel"), new EnumValue("COLLAB", "collab"))),
        fields.get(9).type());
  }

  @Test
  void readsTheThreeMethodErrors() {
    assertEquals(
        List.of(
            "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
            "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION",
            "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION"),
        method.errors().stream().map(MethodError::code).toList());
    MethodError notFound = method.errors().get(1);
    assertEquals(Optional.of("id"), notFound.field());
    assertEquals("Object with identifier `#ID#` not found", notFound.description());
    assertEquals(Optional.empty(), method.errors().get(2).field());
  }

  @Test
  void readsTheCatalogueSortedByCode() {
    List<String> codes = model.errorCodes().stream().map(ErrorCode::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
    ErrorCode notFound =
        model.errorCodes().stream()
            .filter(c -> c.code().equals("BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION"))
            .findFirst()
            .orElseThrow();
    assertEquals(400, notFound.httpStatus());
    assertEquals("EntityNotFound", notFound.exception());
    assertEquals("bitrix24/spec/common-errors.yaml", notFound.location().file());
    assertTrue(codes.contains("QUERY_LIMIT_EXCEEDED"));
  }

  @Test
  void readsExamplesAsCompactJsonKeepingNumberForms() throws Exception {
    assertEquals(Optional.of("{\"id\":15}"), method.requestExample());
    assertEquals(List.of(200, 400), method.responseExamples().stream().map(e -> e.status()).toList());
    String ok = method.responseExamples().get(0).json();
    assertFalse(ok.contains(" \"") || ok.contains("\n"), ok);
    assertTrue(ok.startsWith("{\"result\":{\"channels\":[{\"avatar\":\"\",\"color\":\"#8474c8\""), ok);
    assertTrue(ok.contains("\"start\":1780407000,\"finish\":1780407000.104211,"), ok);
    JsonNode time = EXACT.readTree(ok).get("time");
    assertTrue(time.get("start").isIntegralNumber());
    assertEquals(new BigDecimal("1780407000.104211"), time.get("finish").decimalValue());
    assertTrue(EXACT.readTree(ok).get("result").get("collabs").get(0).get("avatar").isNull());
    JsonNode error = EXACT.readTree(method.responseExamples().get(1).json());
    assertEquals("id", error.at("/error/validation/0/field").asText());
  }
}
