package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.Bitrix24Exception;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortal.Reply;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.LogCapture;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redaction is linear: a long secret-shaped value neither overflows the stack nor leaks. */
class LongSecretValueTest {
  private static final String LONG_VALUE = "s".repeat(200_000);

  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();
  @RegisterExtension final LogCapture logs = new LogCapture();

  @Test
  void longAuthValueInAFullyLoggedAnswerIsMaskedWithoutStackOverflow() {
    fake.portal()
        .enqueue(
            Reply.json(
                200,
                "{\"result\":{\"items\":[]},\"auth\":\"" + LONG_VALUE + "\",\"time\":{}}"));
    var answer =
        TestClients.webhook(fake.portal())
            .httpLogLevel(HttpLogLevel.FULL)
            .build()
            .api(TestItemApi.class)
            .list(new TestItemListRequest(1L));
    assertEquals(0, answer.result().items().size());
    assertTrue(logs.lines().stream().anyMatch(line -> line.contains("\"auth\":\"***\"")));
    assertFalse(logs.lines().stream().anyMatch(line -> line.contains("ssssssssss")));
  }

  @Test
  void longAuthValueInAnErrorMessageIsTypedOnASmallStack() throws Exception {
    fake.portal()
        .enqueue(
            Reply.json(
                400,
                "{\"error\":{\"code\":\"SOME_ERROR\",\"message\":\"bad \\\"auth\\\":\\\""
                    + LONG_VALUE
                    + "\\\"\"}}"));
    TestItemApi api = TestClients.itemApi(fake.portal());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                api.list(new TestItemListRequest(1L));
              } catch (Throwable t) {
                thrown.set(t);
              }
            },
            "small-stack",
            512 * 1024);
    small.start();
    small.join(10_000);
    Bitrix24Exception typed = assertInstanceOf(Bitrix24Exception.class, thrown.get());
    assertFalse(typed.getMessage().contains("ssssssssss"), "the long value is masked");
  }
}
