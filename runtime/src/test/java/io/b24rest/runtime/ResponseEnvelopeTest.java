package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.ApiResponse;
import io.b24rest.core.ResponseTime;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.FakePortalExtension;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestItem;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import io.b24rest.runtime.testapi.TestItemListResult;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResponseEnvelopeTest {
  @RegisterExtension final FakePortalExtension fake = new FakePortalExtension();

  @Test
  void resultAndTimeAreDecodedAndTheTimeIsRememberedPerMethod() throws Exception {
    fake.portal()
        .enqueue(
            FakePortal.Reply.json(
                200,
                """
{"result":{"items":[
   {"id":3,"title":"Department chat","type":"CHAT","createdAt":"2023-12-28T14:05:48+03:00","newField":1},
   {"id":4,"title":"Future","type":"HOLOGRAM"}]},
 "time":{"start":1778747192.910734,"finish":1778747193.530359,"duration":0.6196,
   "processing":0.0323,"date_start":"2026-05-14T10:26:32+02:00",
   "date_finish":"2026-05-14T10:26:33+02:00","operating_reset_at":1778747792,
   "operating":3.3076,"future":true},
 "extra":"ignored"}"""));
    Bitrix24Client client = TestClients.webhook(fake.portal()).build();

    ApiResponse<TestItemListResult> answer =
        client.api(TestItemApi.class).list(new TestItemListRequest(1L));

    TestItem chat = answer.result().items().get(0);
    assertEquals(3L, chat.id());
    assertEquals(TestItem.Type.CHAT, chat.type());
    assertEquals(OffsetDateTime.parse("2023-12-28T14:05:48+03:00"), chat.createdAt());
    assertEquals(TestItem.Type.UNKNOWN, answer.result().items().get(1).type());
    ResponseTime time = answer.time();
    assertEquals(1778747792L, time.operatingResetAt());
    assertEquals(3.3076, time.operating());
    assertEquals("2026-05-14T10:26:32+02:00", time.dateStart());
    assertEquals(time, client.lastResponseTime("test.item.list").orElseThrow());
    assertTrue(client.lastResponseTime("test.item.add").isEmpty());
  }
}
