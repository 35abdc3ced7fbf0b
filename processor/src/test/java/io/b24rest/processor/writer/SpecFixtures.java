package io.b24rest.processor.writer;

import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodError;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * Spec models built by hand, so that the writers are tested without the reader: the seed spec
 * (humanresources.node.communication.list, as its YAML says) and an edge-case model with every
 * type and the names that need escaping.
 */
final class SpecFixtures {
  static final String SEED_FILE = "bitrix24/spec/humanresources/humanresources.node.communication.list.yaml";

  /** The docs' 200 answer of the seed, as the reader would store it. */
  static final String SEED_200 =
      "{\"result\":{\"channels\":[{\"avatar\":\"\",\"color\":\"#8474c8\",\"dialogId\":\"chat21\",\"hasAccess\":true,"
          + "\"id\":21,\"isExtranet\":false,\"originalNodeId\":null,\"subtitle\":\"Private channel\","
          + "\"title\":\"Department channel\",\"type\":\"CHANNEL\"}],\"channelsNoAccess\":0,\"chats\":[{\"avatar\":\"\","
          + "\"color\":\"#1eb4aa\",\"dialogId\":\"chat22\",\"hasAccess\":true,\"id\":22,\"isExtranet\":false,"
          + "\"originalNodeId\":null,\"subtitle\":\"Private chat\",\"title\":\"Department chat\",\"type\":\"CHAT\"}],"
          + "\"chatsNoAccess\":0,\"collabs\":[{\"avatar\":null,\"dialogId\":\"chat23\",\"hasAccess\":true,\"id\":23,"
          + "\"originalNodeId\":null,\"subtitle\":\"Collab\",\"title\":\"Department collab\",\"type\":\"COLLAB\"}],"
          + "\"collabsNoAccess\":0},\"time\":{\"start\":1780407000,\"finish\":1780407000.104211,"
          + "\"duration\":0.10421109199523926,\"processing\":0.08111310005187988,"
          + "\"date_start\":\"2026-06-02T16:30:00+02:00\",\"date_finish\":\"2026-06-02T16:30:00+02:00\","
          + "\"operating_reset_at\":1780407600,\"operating\":0}}";

  /** The docs' 400 answer of the seed. */
  static final String SEED_400 =
      "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION\","
          + "\"message\":\"Error during request object validation\",\"validation\":[{\"message\":"
          + "\"Required field `id` is missing\",\"field\":\"id\"}]}}";

  private static final SourceLocation HERE = new SourceLocation(SEED_FILE, 1, 1);

  private SpecFixtures() {}

  static SpecModel seed() {
    MethodModel list =
        new MethodModel(
            "humanresources.node.communication.list",
            "humanresources",
            MethodKind.READ,
            "A user with the \"View Departments\" or \"View Teams\" access permission.",
            "Returns chats, channels, and collabs associated with a department or team.",
            Optional.empty(),
            "https://apidocs.bitrix24.com/api-reference/departments/node-communication/humanresources-node-communication-list.html",
            Optional.empty(),
            List.of(
                new FieldModel("id", scalar(ScalarType.INTEGER), true, false, Optional.empty(), Optional.empty(),
                    "Identifier of the department or team.\nThe identifier can be obtained using the humanresources.node.list method.",
                    HERE, List.of())),
            List.of(
                field("chats", new TypeRef.ArrayOf(new TypeRef.Named("Communication")),
                    "Array of chats associated with the department or team."),
                field("chatsNoAccess", scalar(ScalarType.INTEGER),
                    "Number of associated chats not accessible to the current user."),
                field("channels", new TypeRef.ArrayOf(new TypeRef.Named("Communication")),
                    "Array of channels associated with the department or team."),
                field("channelsNoAccess", scalar(ScalarType.INTEGER),
                    "Number of associated channels not accessible to the current user."),
                field("collabs", new TypeRef.ArrayOf(new TypeRef.Named("Communication")),
                    "Array of collabs associated with the department or team."),
                field("collabsNoAccess", scalar(ScalarType.INTEGER),
                    "Number of associated collabs not accessible to the current user.")),
            "Chats, channels and collabs of the department or team, with the counts the user cannot see.",
            List.of(
                new MethodError("BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION", Optional.of("id"),
                    "Required field `id` is missing", "Provide the identifier of the department or team", HERE),
                new MethodError("BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION", Optional.of("id"),
                    "Object with identifier `#ID#` not found",
                    "Specify an existing identifier of the department or team", HERE),
                new MethodError("BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", Optional.empty(),
                    "Access denied", "Check the access permission to view the department or team", HERE)),
            Optional.of("{\"id\":15}"),
            List.of(new Example(200, SEED_200), new Example(400, SEED_400)),
            HERE, Optional.empty());
    NamedType communication =
        new NamedType(
            "Communication",
            "humanresources",
            "A chat, channel or collab associated with a department or team.",
            new TypeRef.InlineObject(
                List.of(
                    new FieldModel("avatar", scalar(ScalarType.STRING), false, true, Optional.empty(), Optional.empty(),
                        "Link to the communication avatar.", HERE, List.of()),
                    new FieldModel("color", scalar(ScalarType.STRING), false, false, Optional.empty(),
                        Optional.of("Returned only for chats and channels."), "Color of the communication.", HERE,
                        List.of()),
                    field("dialogId", scalar(ScalarType.STRING), "Identifier of the dialog."),
                    field("hasAccess", scalar(ScalarType.BOOLEAN),
                        "Indicator of the current user's access to the communication."),
                    field("id", scalar(ScalarType.INTEGER), "Identifier of the communication."),
                    new FieldModel("isExtranet", scalar(ScalarType.BOOLEAN), false, false, Optional.empty(),
                        Optional.of("Returned only for chats and channels."), "Indicator of extranet communication.", HERE,
                        List.of()),
                    new FieldModel("originalNodeId", scalar(ScalarType.INTEGER), false, true, Optional.empty(),
                        Optional.empty(), "Identifier of the original department or team.", HERE, List.of()),
                    field("subtitle", scalar(ScalarType.STRING), "Subtitle of the communication."),
                    field("title", scalar(ScalarType.STRING), "Title of the communication."),
                    field("type",
                        new TypeRef.InlineEnum(List.of(
                            new EnumValue("CHAT", "chat"),
                            new EnumValue("CHANNEL", "channel"),
                            new EnumValue("COLLAB", "collab"))),
                        "Type of communication."))),
            HERE);
    return new SpecModel(List.of(list), List.of(communication), seedErrorCodes());
  }

  /** The catalogue entries of the codes the seed documents, as in common-errors.yaml. */
  static List<ErrorCode> seedErrorCodes() {
    SourceLocation catalogue = new SourceLocation("bitrix24/spec/common-errors.yaml", 1, 1);
    return List.of(
        new ErrorCode("BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", 403, "AccessDenied",
            "The user has no permissions for the object.", "Call on behalf of a user with access to the object.",
            catalogue),
        new ErrorCode("BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION", 400, "EntityNotFound",
            "An object with the passed identifier is not found.", "Pass the identifier of an existing object.",
            catalogue),
        new ErrorCode("BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION", 400, "RequestValidation",
            "A required field is not filled in or the value does not fit the type.",
            "Read error.validation[] for the fields at fault and correct them.", catalogue));
  }

  /**
   * Everything the seed does not exercise: a write method without params, a method whose action
   * is a Java keyword, every scalar, inline objects and enums inside arrays and maps, names that
   * need escaping and text full of Javadoc specials.
   */
  static SpecModel edgeCases() {
    String nasty = "Uses `a*/b` & <tags> @since \\u0041 and $dollar {@code x}.";
    MethodModel ping =
        new MethodModel("edge.ping", "edge", MethodKind.READ, "Anyone.", "Checks the portal. " + nasty,
            Optional.of("Longer text.\n\nSecond paragraph " + nasty), "https://example.com/a?b=1&c=\"2\"",
            Optional.of("A note " + nasty), List.of(), List.of(), "Nothing " + nasty, List.of(),
            Optional.empty(), List.of(), HERE, Optional.empty());
    MethodModel importItem =
        new MethodModel("edge.item.import", "edge", MethodKind.WRITE, "Admins.", "Imports an item.",
            Optional.empty(), "https://example.com/import", Optional.empty(),
            List.of(
                new FieldModel("MEMBER_HEAD", scalar(ScalarType.INTEGER), true, false, Optional.empty(),
                    Optional.empty(), "Head.", HERE, List.of()),
                new FieldModel("class", scalar(ScalarType.STRING), false, false, Optional.of("\"x\" <y>"),
                    Optional.empty(), "A keyword name.", HERE, List.of()),
                field("hashCode", scalar(ScalarType.STRING), "Clashes with Object.hashCode."),
                field("builder", new TypeRef.InlineObject(List.of(field("x", scalar(ScalarType.STRING), "X."))),
                    "Clashes with the static builder() and, as a nested type, with the class Builder."),
                field("tags", new TypeRef.ArrayOf(scalar(ScalarType.STRING)), "Tags."),
                field("extra", new TypeRef.MapOf(scalar(ScalarType.ANY)), "Extra values."),
                new FieldModel("fields", new TypeRef.InlineObject(List.of(
                        new FieldModel("TITLE", scalar(ScalarType.STRING), true, false, Optional.empty(),
                            Optional.empty(), "Title.", HERE, List.of()),
                        field("due", scalar(ScalarType.DATE), "Due date."))),
                    true, false, Optional.empty(), Optional.empty(), "Item fields.", HERE, List.of()),
                field("state", enumOf("in-progress", "1", "UNKNOWN", "a b", ""), "State.")),
            List.of(
                field("item", new TypeRef.ArrayOf(new TypeRef.InlineObject(List.of(
                    field("createdAt", scalar(ScalarType.DATETIME), "Created."),
                    field("stamp", scalar(ScalarType.TIMESTAMP), "Stamp."),
                    field("ratio", scalar(ScalarType.DOUBLE), "Ratio."),
                    field("item", new TypeRef.InlineObject(List.of(
                        field("string", enumOf("x"), "Shadows String."))), "Same name as its parent."),
                    field("kinds", new TypeRef.MapOf(new TypeRef.ArrayOf(enumOf("a", "b"))), "Kinds."),
                    field("color", new TypeRef.Named("Color"), "Named enum."),
                    field("payload", scalar(ScalarType.ANY), "Anything.")))), "Items."),
                field("id", scalar(ScalarType.INTEGER), "Identifier.")),
            "The imported item.",
            List.of(new MethodError("EDGE_FAILED", Optional.empty(), "Failed " + nasty, "Retry " + nasty, HERE)),
            Optional.empty(), List.of(), HERE, Optional.empty());
    NamedType color =
        new NamedType("Color", "edge", "A color " + nasty, enumOf("blue", "dark-red", "lightGreen"), HERE);
    ErrorCode failed = new ErrorCode("EDGE_FAILED", 500, "EdgeFailed", "It failed " + nasty, "Fix " + nasty, HERE);
    return new SpecModel(List.of(importItem, ping), List.of(color), List.of(failed));
  }

  private static TypeRef.InlineEnum enumOf(String... values) {
    return new TypeRef.InlineEnum(
        java.util.Arrays.stream(values).map(v -> new EnumValue(v, "value " + v)).toList());
  }

  private static TypeRef scalar(ScalarType type) {
    return new TypeRef.Scalar(type);
  }

  private static FieldModel field(String name, TypeRef type, String description) {
    return new FieldModel(
        name, type, false, false, Optional.empty(), Optional.empty(), description, HERE, List.of());
  }
}
