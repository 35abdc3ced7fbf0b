package io.b24rest.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The bodies the portal answers with, in the docs' two error shapes: system errors flat ({@code
 * {"error":"NO_AUTH_FOUND","error_description":"..."}}, _includes/system-errors.md) and REST 3.0
 * errors nested ({@code {"error":{"code","message","validation"}}}, rest-v3.md).
 */
final class Answers {
  private static final String BAD_GATEWAY_PAGE =
      """
      <html>\r
      <head><title>502 Bad Gateway</title></head>\r
      <body>\r
      <center><h1>502 Bad Gateway</h1></center>\r
      <hr><center>nginx</center>\r
      </body>\r
      </html>\r
      """;

  private Answers() {}

  static Answer success(JsonNode result, ObjectNode time) {
    ObjectNode body = Json.object();
    body.set("result", result);
    body.set("time", time);
    return Answer.json(200, body);
  }

  static Answer systemError(int status, String code, String description) {
    ObjectNode body = Json.object();
    body.put("error", code);
    body.put("error_description", description);
    return Answer.json(status, body);
  }

  static Answer restError(int status, String code, String message) {
    ObjectNode error = Json.object();
    error.put("code", code);
    error.put("message", message);
    ObjectNode body = Json.object();
    body.set("error", error);
    return Answer.json(status, body);
  }

  static Answer validationError(String message, List<ValidationProblem> problems) {
    ObjectNode error = Json.object();
    error.put("code", MethodWording.VALIDATION_CODE);
    error.put("message", message);
    ArrayNode validation = error.putArray("validation");
    for (ValidationProblem problem : problems) {
      // Key order as in the docs' examples: message, then field.
      validation.addObject().put("message", problem.message()).put("field", problem.field());
    }
    ObjectNode body = Json.object();
    body.set("error", error);
    return Answer.json(400, body);
  }

  static Answer noAuth() {
    return systemError(401, "NO_AUTH_FOUND", "Wrong authorization data");
  }

  static Answer expiredToken() {
    return systemError(401, "expired_token", "The access token provided has expired");
  }

  static Answer methodNotFound() {
    return systemError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
  }

  static Answer invalidJson() {
    return restError(
        400, "BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION", "Invalid JSON in the request body");
  }

  static Answer queryLimitExceeded() {
    return systemError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
  }

  static Answer operationTimeLimit() {
    return systemError(
        429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");
  }

  static Answer internalServerError() {
    return systemError(500, "INTERNAL_SERVER_ERROR", "Internal server error");
  }

  static Answer badGatewayHtml() {
    return Answer.text(502, "text/html", BAD_GATEWAY_PAGE);
  }

  static Answer unknownFilterOperator(String operator) {
    return restError(
        400,
        "BITRIX_REST_V3_EXCEPTION_UNKNOWNFILTEROPERATOREXCEPTION",
        "Unknown filter operator `" + operator + "`");
  }

  static Answer invalidIdempotencyKey() {
    return restError(
        400,
        "BITRIX_REST_V3_EXCEPTION_INVALIDIDEMPOTENCYKEYEXCEPTION",
        "The Idempotency-Key must be 1 to 255 printable ASCII characters");
  }

  static Answer idempotencyKeyReused() {
    return restError(
        422,
        "BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION",
        "The Idempotency-Key was already used with a different request body");
  }

  /** A body past the fake portal's cap (the portal itself has its own, undocumented, limits). */
  static Answer requestTooLarge(long maxBytes) {
    return systemError(
            413,
            "REQUEST_ENTITY_TOO_LARGE",
            "The request body is larger than the fake portal's limit of "
                + maxBytes
                + " bytes (FakeBitrix24PortalBuilder.maxRequestSize)")
        .withHeader("Connection", "close");
  }
}
