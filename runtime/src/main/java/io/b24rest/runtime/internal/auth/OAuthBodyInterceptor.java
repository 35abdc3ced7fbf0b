package io.b24rest.runtime.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Puts the current OAuth access token in the {@code auth} field of the JSON body, as REST 3.0 wants
 * it. Runs before every attempt, so a retry after a token refresh carries the new token.
 */
public final class OAuthBodyInterceptor implements RequestInterceptor {
  /** The body field that carries the access token. */
  public static final String AUTH_FIELD = "auth";

  private final TokenStore tokens;
  private final ObjectMapper mapper;

  /** Takes the token from {@code tokens}. */
  public OAuthBodyInterceptor(TokenStore tokens, ObjectMapper mapper) {
    this.tokens = tokens;
    this.mapper = mapper;
  }

  @Override
  public void apply(RequestTemplate template) {
    String token = tokens.accessToken();
    JsonNode body = readBody(template.body());
    if (body instanceof ObjectNode object) {
      object.put(AUTH_FIELD, token);
      try {
        template.body(mapper.writeValueAsBytes(object), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("could not write the request body", e);
      }
    } else {
      // A body that is not an object (a batch array) cannot hold the field: use the query string.
      template.query(AUTH_FIELD, List.of());
      template.query(AUTH_FIELD, token);
    }
  }

  /** The access token a request was sent with, or null if it carries none. */
  public static @Nullable String accessTokenIn(@Nullable Request request, ObjectMapper mapper) {
    if (request == null) {
      return null;
    }
    try {
      JsonNode body = request.body() == null ? null : mapper.readTree(request.body());
      JsonNode auth = body == null ? null : body.get(AUTH_FIELD);
      if (auth != null && auth.isTextual()) {
        return auth.asText();
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON: fall back to the query string.
    }
    String url = request.url();
    int at = url.indexOf("?" + AUTH_FIELD + "=");
    if (at < 0) {
      at = url.indexOf("&" + AUTH_FIELD + "=");
    }
    if (at < 0) {
      return null;
    }
    String rest = url.substring(at + AUTH_FIELD.length() + 2);
    int end = rest.indexOf('&');
    return end < 0 ? rest : rest.substring(0, end);
  }

  private @Nullable JsonNode readBody(byte @Nullable [] body) {
    if (body == null || body.length == 0) {
      return mapper.createObjectNode();
    }
    try {
      JsonNode node = mapper.readTree(body);
      return node == null || node.isNull() || node.isMissingNode()
          ? mapper.createObjectNode()
          : node;
    } catch (IOException e) {
      return null;
    }
  }
}
