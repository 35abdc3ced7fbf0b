package io.b24rest.spectools.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spectools.openapi.OpenApiDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Drift looks inside objects and arrays of objects, on both sides, through named types and $refs. */
class NestedDriftTest {
  private static final SourceLocation HERE = new SourceLocation("NestedDriftTest.java", 1, 1);

  private static final String DOCUMENT = """
      {"openapi": "3.0.0", "info": {"title": "Bitrix24 REST"},
       "paths": {"/x.item.list": {"post": {
         "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
           "pagination": {"type": "object", "properties": {
             "limit": {"type": "integer"}, "page": {"type": "string"}, "cursor": {"type": "integer"}}}}}}}},
         "responses": {"200": {"content": {"application/json": {"schema": {"type": "object", "properties": {
           "result": {"type": "object", "properties": {
             "items": {"type": "array", "items": {"$ref": "#/components/schemas/bitrix.x.itemdto"}}}}}}}}}}}}},
       "components": {"schemas": {"bitrix.x.itemdto": {"type": "object", "properties": {
         "id": {"type": "integer"}, "title": {"type": "integer"}, "color": {"type": "string"}}}}}}
      """;

  @Test
  void reportsNestedKeysAndKindsThatDiffer() throws Exception {
    TypeRef pagination = new TypeRef.InlineObject(List.of(
        field("limit", ScalarType.INTEGER), field("page", ScalarType.INTEGER), field("offset", ScalarType.INTEGER)));
    MethodModel method = new MethodModel(
        "x.item.list", "x", MethodKind.READ, "Anyone.", "Lists items.", Optional.empty(),
        "https://example.invalid/x.item.list", Optional.empty(),
        List.of(new FieldModel("pagination", pagination, false, false, Optional.empty(), Optional.empty(),
            "Paging.", HERE, List.of())),
        List.of(new FieldModel("items", new TypeRef.ArrayOf(new TypeRef.Named("Item")), true, false,
            Optional.empty(), Optional.empty(), "Items.", HERE, List.of())),
        "The items.", List.of(), Optional.empty(), List.of(), HERE, Optional.empty());
    NamedType item = new NamedType("Item", "x", "An item.",
        new TypeRef.InlineObject(List.of(field("id", ScalarType.INTEGER), field("title", ScalarType.STRING))), HERE);
    SpecModel specs = new SpecModel(List.of(method), List.of(item), List.of());

    DriftReport report = DriftReport.compare(
        specs, OpenApiDocument.of(new ObjectMapper().readTree(DOCUMENT), "test.json"));

    assertEquals(List.of(
        "x.item.list: param pagination.cursor is in the portal's document, not in the spec",
        "x.item.list: param pagination.page is integer in the spec, string in the portal's document",
        "x.item.list: param pagination.offset is in the spec, not in the portal's document",
        "x.item.list: field items.color is in the portal's document, not in the spec",
        "x.item.list: field items.title is string in the spec, integer in the portal's document"),
        report.lines());
  }

  private static FieldModel field(String name, ScalarType type) {
    return new FieldModel(name, new TypeRef.Scalar(type), false, false, Optional.empty(), Optional.empty(),
        name, HERE, List.of());
  }
}
