package io.b24rest.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestUrisTest {
  private static final String URL = "https://p.bitrix24.com/rest/api/1/s3cr3t/tasks.task.list";

  @Test
  void parsesAMethodUrlOnceAndAsTheJdkDoes() {
    RequestUris uris = new RequestUris();
    URI first = uris.of(URL);
    assertEquals(URI.create(URL), first);
    assertSame(first, uris.of(URL));
    assertEquals(1, uris.size());
  }

  @Test
  void keepsNoUrlWithAQuery() {
    RequestUris uris = new RequestUris();
    String withToken = URL + "?auth=token-1";
    assertEquals(URI.create(withToken), uris.of(withToken));
    assertEquals(0, uris.size());
  }

  @Test
  void stopsGrowingAtItsBoundAndStillParses() {
    RequestUris uris = new RequestUris();
    for (int i = 0; i < RequestUris.MAX_KEPT + 10; i++) {
      assertEquals(URI.create(URL + i), uris.of(URL + i));
    }
    assertEquals(RequestUris.MAX_KEPT, uris.size());
  }

  @Test
  void anInvalidUrlFailsEveryTime() {
    RequestUris uris = new RequestUris();
    assertThrows(IllegalArgumentException.class, () -> uris.of("https://p.bitrix24.com/a b"));
    assertThrows(IllegalArgumentException.class, () -> uris.of("https://p.bitrix24.com/a b"));
    assertEquals(0, uris.size());
  }
}
