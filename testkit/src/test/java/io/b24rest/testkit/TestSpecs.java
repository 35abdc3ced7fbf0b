package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.JavaNaming;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Spec models for the tests: the specs on the class path as SpecReader reads them (the seed among
 * them), plus synthetic methods that use every type of the format. Expected answers are read from
 * the seed YAML directly, not through SpecReader, so that both are checked.
 */
final class TestSpecs {
  static final String SEED = "humanresources.node.communication.list";
  static final String SEED_FILE =
      "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml";

  /** A read method with a param of every type of the spec format. */
  static final String TYPES = "testkit.types.check";

  /** A write method, for Idempotency-Key tests. */
  static final String ADD = "testkit.item.add";

  /** A method without params, callable with GET. */
  static final String PING = "testkit.ping";

  /** Params with known values and documented errors for values outside them. */
  static final String FIELD_GET = "testkit.field.get";

  /** A {@code select} with known values and no documented error for others. */
  static final String OPEN_LIST = "testkit.open.list";

  /** A paged list method, for registered records. */
  static final String RECORD_LIST = "testkit.record.list";

  /** A cursor-paged list method, for registered records. */
  static final String CURSOR_LIST = "testkit.cursor.list";

  /** A read method with params of the types format v2 added. */
  static final String V2_TYPES = "testkit.wire.check";

  /** A code the catalogue lacks, declared by {@link #FIELD_GET} with its own status. */
  static final String FIELD_NOT_FOUND = "TESTKIT_EXCEPTION_FIELDNOTFOUND";

  private static final SourceLocation HERE = new SourceLocation("TestSpecs.java", 1, 1);

  private TestSpecs() {}

  /** The real specs and the synthetic methods. */
  static SpecModel model() {
    SpecModel real = realSpecs();
    List<MethodModel> methods = new ArrayList<>(real.methods());
    methods.addAll(
        List.of(
            typesCheck(),
            itemAdd(),
            ping(),
            fieldGet(),
            openList(),
            listMethod(),
            cursorMethod(),
            wireTypes()));
    List<NamedType> types = new ArrayList<>(real.types());
    types.addAll(List.of(colorType(), memberType(), cursorType()));
    List<ErrorCode> codes = new ArrayList<>(real.errorCodes());
    codes.add(
        new ErrorCode(FIELD_NOT_FOUND, Optional.of(404), "FieldNotFound", "No such field.", "Fix it.", HERE));
    return new SpecModel(methods, types, codes);
  }

  /** The specs on the class path, as the portal serves them by default. */
  static SpecModel realSpecs() {
    return SpecLoader.defaultSpecs();
  }

  /** The names of the synthetic methods. */
  static Set<String> syntheticMethods() {
    return Set.of(TYPES, ADD, PING, FIELD_GET, OPEN_LIST, RECORD_LIST, CURSOR_LIST, V2_TYPES);
  }

  /** The seed spec's documented example with this status, as a JSON tree. */
  static JsonNode seedExample(int status) {
    Map<?, ?> yaml = seedYaml();
    List<?> responses = (List<?>) ((Map<?, ?>) yaml.get("examples")).get("responses");
    for (Object response : responses) {
      Map<?, ?> entry = (Map<?, ?>) response;
      if (((Number) entry.get("status")).intValue() == status) {
        return Json.MAPPER.valueToTree(entry.get("body"));
      }
    }
    throw new IllegalArgumentException("the seed has no example with status " + status);
  }

  private static MethodModel typesCheck() {
    TypeRef settings =
        new TypeRef.InlineObject(
            List.of(
                param("title", scalar(ScalarType.STRING), true),
                param("color", new TypeRef.Named("ColorName"), false)));
    return method(
        TYPES,
        "testkit",
        MethodKind.READ,
        List.of(
            param("id", scalar(ScalarType.INTEGER), true),
            param("ratio", scalar(ScalarType.DOUBLE), false),
            param("name", scalar(ScalarType.STRING), false),
            param("active", scalar(ScalarType.BOOLEAN), false),
            param("day", scalar(ScalarType.DATE), false),
            param("moment", scalar(ScalarType.DATETIME), false),
            param("stamp", scalar(ScalarType.TIMESTAMP), false),
            param("tags", new TypeRef.ArrayOf(scalar(ScalarType.STRING)), false),
            param("kind", enumOf("CHAT", "CHANNEL"), false),
            param("select", new TypeRef.ArrayOf(enumOf("id", "name", "type")), false),
            param("settings", settings, false),
            param("member", new TypeRef.Named("Member"), false),
            param("labels", new TypeRef.MapOf(scalar(ScalarType.INTEGER)), false),
            param("filter", scalar(ScalarType.FILTER), false),
            param("payload", scalar(ScalarType.ANY), false)),
        List.of(new Example(200, "{\"result\":{\"ok\":true},\"time\":{}}")));
  }

  private static MethodModel wireTypes() {
    TypeRef priority =
        new TypeRef.InlineEnum(List.of(new EnumValue("1", "low"), new EnumValue("2", "high")), true);
    return method(
        V2_TYPES,
        "testkit",
        MethodKind.READ,
        List.of(
            param("priority", priority, false),
            formatted(param("from", scalar(ScalarType.DATETIME), false), "Y-m-d H:i:s"),
            formatted(param("day", scalar(ScalarType.DATE), false), "d.m.Y"),
            formatted(
                param("days", new TypeRef.ArrayOf(scalar(ScalarType.DATE)), false), "d.m.Y"),
            param("content", scalar(ScalarType.BASE64), false),
            param("moment", scalar(ScalarType.DATETIME), false)),
        List.of(new Example(200, "{\"result\":true,\"time\":{}}")));
  }

  private static FieldModel formatted(FieldModel field, String format) {
    return copy(field, field.knownValues(), Optional.of(format));
  }

  private static MethodModel itemAdd() {
    TypeRef fields =
        new TypeRef.InlineObject(List.of(param("title", scalar(ScalarType.STRING), true)));
    return method(
        ADD,
        "testkit",
        MethodKind.WRITE,
        List.of(param("fields", fields, true)),
        List.of(new Example(200, "{\"result\":{\"item\":{\"id\":42}},\"time\":{}}")));
  }

  private static MethodModel ping() {
    return method(
        PING,
        "testkit",
        MethodKind.READ,
        List.of(),
        List.of(new Example(200, "{\"result\":{\"result\":true},\"time\":{}}")));
  }

  private static MethodModel fieldGet() {
    List<MethodError> errors =
        List.of(
            error(FIELD_NOT_FOUND, "name", "Field `#FIELD#` not found"),
            error(
                "BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION",
                "select",
                "Unknown field `#FIELD#` for entity `DtoFieldDto`"),
            error(
                "BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION",
                "select",
                "Unable to recognize select expression `#SELECT#`"));
    MethodModel method =
        method(
            FIELD_GET,
            "testkit",
            MethodKind.READ,
            List.of(
                known(param("name", scalar(ScalarType.STRING), true), "id", "name"),
                known(
                    param("select", new TypeRef.ArrayOf(scalar(ScalarType.STRING)), false),
                    "name",
                    "type")),
            List.of(new Example(200, "{\"result\":{\"field\":{}},\"time\":{}}")));
    return withErrors(method, errors);
  }

  private static MethodModel openList() {
    return method(
        OPEN_LIST,
        "testkit",
        MethodKind.READ,
        List.of(
            known(
                param("select", new TypeRef.ArrayOf(scalar(ScalarType.STRING)), false),
                "id",
                "name")),
        List.of(new Example(200, "{\"result\":{\"items\":[]},\"time\":{}}")));
  }

  /** A list method with filter, order, select and pagination params, for registered records. */
  static MethodModel listMethod() {
    TypeRef pagination =
        new TypeRef.InlineObject(
            List.of(
                param("page", scalar(ScalarType.INTEGER), false),
                param("limit", scalar(ScalarType.INTEGER), false),
                param("offset", scalar(ScalarType.INTEGER), false)));
    MethodModel method =
        method(
            RECORD_LIST,
            "testkit",
            MethodKind.READ,
            List.of(
                param("select", new TypeRef.ArrayOf(scalar(ScalarType.STRING)), false),
                param("filter", scalar(ScalarType.FILTER), false),
                param("order", new TypeRef.MapOf(scalar(ScalarType.STRING)), false),
                param("pagination", pagination, false)),
            List.of(new Example(200, "{\"result\":{\"items\":[]},\"time\":{}}")));
    return withPaging(
        method,
        new Paging(
            Paging.Style.PAGE, "pagination", "items", 3, 2, Optional.empty(), Optional.empty(),
            Optional.empty(), HERE));
  }

  /**
   * A cursor-paged list whose cursor is an object of two record fields, like note.collection.list:
   * {@code pagination.afterCursor} takes the {@code nextCursor} {@code {"position","id"}}.
   */
  static MethodModel cursorMethod() {
    TypeRef pagination =
        new TypeRef.InlineObject(
            List.of(
                param("limit", scalar(ScalarType.INTEGER), false),
                param("afterCursor", new TypeRef.Named("RecordCursor"), false)));
    MethodModel method =
        method(
            CURSOR_LIST,
            "testkit",
            MethodKind.READ,
            List.of(
                param("select", new TypeRef.ArrayOf(scalar(ScalarType.STRING)), false),
                param("pagination", pagination, false)),
            List.of(
                new Example(200, "{\"result\":{\"items\":[],\"nextCursor\":null},\"time\":{}}")));
    return withPaging(
        method,
        new Paging(
            Paging.Style.CURSOR, "pagination", "items", 3, 2, Optional.of("afterCursor"),
            Optional.of("nextCursor"), Optional.empty(), HERE));
  }

  private static FieldModel known(FieldModel field, String... values) {
    return copy(field, Arrays.stream(values).map(v -> new EnumValue(v, v)).toList(), field.format());
  }

  private static FieldModel copy(
      FieldModel field, List<EnumValue> knownValues, Optional<String> format) {
    return new FieldModel(
        field.name(),
        field.type(),
        field.required(),
        field.nullable(),
        field.defaultValue(),
        field.presence(),
        field.description(),
        field.location(),
        knownValues,
        format,
        field.relation());
  }

  private static MethodError error(String code, String field, String description) {
    return new MethodError(code, List.of(field), description, "Fix it.", HERE);
  }

  private static MethodModel withErrors(MethodModel m, List<MethodError> errors) {
    return copy(m, errors, m.paging());
  }

  private static MethodModel copy(
      MethodModel m, List<MethodError> errors, Optional<Paging> paging) {
    return new MethodModel(
        m.name(),
        m.scope(),
        m.kind(),
        m.access(),
        m.summary(),
        m.description(),
        m.docs(),
        m.notes(),
        m.params(),
        m.result(),
        m.resultDescription(),
        errors,
        m.requestExample(),
        m.responseExamples(),
        m.location(),
        m.resultType(),
        m.resultShape(),
        paging,
        m.java());
  }

  private static MethodModel withPaging(MethodModel m, Paging paging) {
    return copy(m, m.errors(), Optional.of(paging));
  }

  private static NamedType colorType() {
    return new NamedType("ColorName", "testkit", "A color.", enumOf("blue", "red"), HERE);
  }

  private static NamedType cursorType() {
    return new NamedType(
        "RecordCursor",
        "testkit",
        "Where the next page starts.",
        new TypeRef.InlineObject(
            List.of(
                param("position", scalar(ScalarType.INTEGER), true),
                param("id", scalar(ScalarType.INTEGER), true))),
        HERE);
  }

  private static NamedType memberType() {
    return new NamedType(
        "Member",
        "testkit",
        "A member.",
        new TypeRef.InlineObject(
            List.of(
                param("userId", scalar(ScalarType.INTEGER), true),
                param("role", enumOf("MEMBER_HEAD", "MEMBER_EMPLOYEE"), false))),
        HERE);
  }

  static MethodModel method(
      String name, String scope, MethodKind kind, List<FieldModel> params, List<Example> examples) {
    return new MethodModel(
        name,
        scope,
        kind,
        "Anyone.",
        "A test method.",
        Optional.empty(),
        "https://example.invalid/" + name,
        Optional.empty(),
        params,
        List.of(),
        "A result.",
        List.of(),
        Optional.empty(),
        examples,
        HERE,
        Optional.empty(),
        new TypeRef.InlineObject(List.of()),
        Optional.empty(),
        JavaNaming.NONE);
  }

  static FieldModel param(String name, TypeRef type, boolean required) {
    return new FieldModel(
        name, type, required, false, Optional.empty(), Optional.empty(), name, HERE, List.of());
  }

  static TypeRef scalar(ScalarType type) {
    return new TypeRef.Scalar(type);
  }

  static TypeRef enumOf(String... values) {
    return new TypeRef.InlineEnum(Arrays.stream(values).map(v -> new EnumValue(v, v)).toList());
  }

  private static Map<?, ?> seedYaml() {
    try (InputStream in = TestSpecs.class.getClassLoader().getResourceAsStream(SEED_FILE)) {
      if (in == null) {
        throw new IllegalStateException(SEED_FILE + " is not on the test class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
