package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.Bitrix24ProtocolException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An answer past the size cap is a typed error, read no further than the cap. */
class AnswerSizeCapTest {
  private static final int CAP = 64 * 1024;
  private static final String BIG_RESULT =
      "{\"items\":[" + "{\"id\":1,\"title\":\"xxxxxxxxxxxxxxxx\"},".repeat(10_000) + "{\"id\":2}]}";

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  private TestItemApi cappedApi() {
    return TestClients.webhook(fake.portal()).maxAnswerSize(CAP).build().api(TestItemApi.class);
  }

  @Test
  void anAnswerDeclaredLargerThanTheCapIsAProtocolError() {
    fake.portal().otherwise(r -> FakePortal.ok(BIG_RESULT));
    var e =
        assertThrows(
            Bitrix24ProtocolException.class, () -> cappedApi().list(new TestItemListRequest(1L)));
    assertEquals(200, e.httpStatus());
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    assertEquals(1, fake.portal().received().size(), "not retried: it would be as large again");
  }

  @Test
  void aChunkedAnswerGrowingPastTheCapIsAProtocolError() {
    fake.portal().otherwise(r -> FakePortal.ok(BIG_RESULT).withHeader(FakePortal.CHUNKED, "1"));
    var e =
        assertThrows(
            Bitrix24ProtocolException.class, () -> cappedApi().list(new TestItemListRequest(1L)));
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
  }

  @Test
  void anAnswerWithinTheCapIsRead() {
    fake.portal().otherwise(r -> FakePortal.ok(BIG_RESULT));
    var answer =
        TestClients.webhook(fake.portal())
            .maxAnswerSize(BIG_RESULT.length() + 1_000)
            .build()
            .api(TestItemApi.class)
            .list(new TestItemListRequest(1L));
    assertEquals(10_001, answer.result().items().size());
  }

  @Test
  void theDefaultCapIsSixteenMebibytes() {
    assertEquals(16L * 1024 * 1024, Bitrix24ClientBuilder.DEFAULT_MAX_ANSWER_SIZE);
  }
}
