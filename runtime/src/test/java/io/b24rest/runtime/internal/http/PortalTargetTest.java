package io.b24rest.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalTargetTest {
  private static final String BASE = "https://p.bitrix24.com/rest/api/1/s3cr3t";

  interface Api {}

  @Test
  void buildsTheSameRequestAsFeignsHardCodedTarget() {
    for (String uri : List.of("/batch", "/tasks.task.list?x=1", "/")) {
      Request expected = new Target.HardCodedTarget<>(Api.class, BASE).apply(template(uri));
      Request actual = new PortalTarget<>(Api.class, BASE).apply(template(uri));
      assertEquals(expected.url(), actual.url(), uri);
      assertEquals(expected.httpMethod(), actual.httpMethod());
      assertEquals(expected.headers(), actual.headers());
      assertArrayEquals(expected.body(), actual.body());
      assertEquals(expected.charset(), actual.charset());
    }
  }

  @Test
  void keepsAnAbsoluteUrlAndTakesABaseWithATrailingSlash() {
    assertEquals(
        "http://127.0.0.1:1/x",
        new PortalTarget<>(Api.class, BASE)
            .apply(template("/x").target("http://127.0.0.1:1"))
            .url());
    assertEquals(
        BASE + "/batch", new PortalTarget<>(Api.class, BASE + "/").apply(template("/batch")).url());
  }

  @Test
  void aPreparedPathGetsTheQueryTheInterceptorsAdded() {
    PortalTarget<Api> target = new PortalTarget<>(Api.class, BASE);
    String path = target.absolute("/batch");
    assertEquals(BASE + "/batch", path);
    assertEquals(BASE + "/batch", target.apply(template("/batch"), path).url());
    RequestTemplate withToken = template("/batch").query("auth", "tok");
    assertEquals(BASE + "/batch?auth=tok", target.apply(withToken, path).url());
    assertEquals(
        new Target.HardCodedTarget<>(Api.class, BASE)
            .apply(template("/batch").query("auth", "tok"))
            .url(),
        target.apply(withToken, path).url());
  }

  @Test
  void equalsAHardCodedTargetOfTheSameTypeAndUrl() {
    assertEquals(
        new Target.HardCodedTarget<>(Api.class, BASE), new PortalTarget<>(Api.class, BASE));
    assertEquals(
        new Target.HardCodedTarget<>(Api.class, BASE).hashCode(),
        new PortalTarget<>(Api.class, BASE).hashCode());
  }

  private static RequestTemplate template(String uri) {
    RequestTemplate template = new RequestTemplate();
    template.method(Request.HttpMethod.POST);
    template.uri(uri);
    template.headerLiteral("Content-Type", "application/json");
    template.body("{\"a\":1}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    return template.resolve(Map.of());
  }
}
