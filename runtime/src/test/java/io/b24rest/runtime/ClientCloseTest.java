package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.b24rest.core.Bitrix24ClientClosedException;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientCloseTest {
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  @Test
  void callsAfterCloseFailTypedWithoutReachingThePortal() {
    fake.portal().enqueue(FakePortal.ok("{\"items\":[]}"));
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();
    TestItemApi api = client.api(TestItemApi.class);
    api.list(new TestItemListRequest(null));
    assertEquals(1, fake.portal().received().size());

    client.close();
    client.close();

    var fromView = client.withIdempotencyKey("k-1");
    var e =
        assertThrows(
            Bitrix24ClientClosedException.class, () -> api.list(new TestItemListRequest(null)));
    assertFalse(e.getMessage().contains(fake.portal().webhookUrl()));
    assertThrows(Bitrix24ClientClosedException.class, () -> fromView.api(TestItemApi.class));
    assertEquals(1, fake.portal().received().size());
  }
}
