package io.b24rest.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The authorization server's token renewal ({@code GET /oauth/token/?grant_type=refresh_token
 * &client_id=...&client_secret=...&refresh_token=...}, settings/oauth/auto-renewal.md), served by
 * the fake portal so that a client's expire, renew and repeat cycle can be tested end to end. Not
 * subject to the portal's rate limit or faults: on the real service it is another server.
 */
final class OAuthServerHandler implements HttpHandler {
  /** The lifetime of an access token, as on the real server. */
  private static final long EXPIRES_IN_SECONDS = 3600;

  private final PortalState state;
  private final String baseUrl;
  private final RequestBodyReader bodies;
  private final long maxRequestBytes;

  OAuthServerHandler(
      PortalState state, String baseUrl, RequestBodyReader bodies, long maxRequestBytes) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.bodies = bodies;
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      // The grant is in the query; the body is read only to bound it like the portal's.
      RequestBodyReader.Outcome body = bodies.read(exchange);
      if (body instanceof RequestBodyReader.Cut) {
        return;
      }
      Answer answer =
          body instanceof RequestBodyReader.TooLarge
              ? Answers.requestTooLarge(maxRequestBytes)
              : answer(QueryString.parse(exchange.getRequestURI().getRawQuery()));
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(answer.status(), answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }

  private Answer answer(Map<String, String> query) {
    OAuthApplication app = state.oauthApplication;
    synchronized (app) {
      Optional<OAuthApplication.Refusal> refusal =
          app.check(
              Optional.ofNullable(query.get("grant_type")),
              Optional.ofNullable(query.get("client_id")),
              Optional.ofNullable(query.get("client_secret")),
              Optional.ofNullable(query.get("refresh_token")));
      if (refusal.isPresent()) {
        int status = refusal.get() == OAuthApplication.Refusal.INVALID_CLIENT ? 401 : 400;
        return Answers.systemError(status, refusal.get().code, refusal.get().description);
      }
      OAuthApplication.Grant grant = app.renew();
      state.credentials.issueToken(grant.accessToken());
      return Answer.json(200, tokens(grant));
    }
  }

  private ObjectNode tokens(OAuthApplication.Grant grant) {
    long now = state.clock.instant().getEpochSecond();
    ObjectNode body = Json.object();
    body.put("access_token", grant.accessToken());
    body.put("client_endpoint", baseUrl + "/rest/");
    body.put("domain", "oauth.bitrix.info");
    body.put("expires", now + EXPIRES_IN_SECONDS);
    body.put("expires_in", EXPIRES_IN_SECONDS);
    body.put("member_id", "testkit0000000000000000000000000");
    body.put("refresh_token", grant.refreshToken());
    body.put("scope", String.join(",", scopes()));
    body.put("server_endpoint", baseUrl + "/oauth/rest/");
    body.put("status", "L");
    body.put("user_id", Long.parseLong(state.credentials.webhookUserId()));
    return body;
  }

  private TreeSet<String> scopes() {
    TreeSet<String> scopes = new TreeSet<>();
    state.spec.model().methods().forEach(method -> scopes.add(method.scope()));
    return scopes;
  }
}
