package io.b24rest.runtime.testapi;

import feign.Headers;
import feign.RequestLine;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24Method;
import io.b24rest.core.MethodKind;

/** Shaped exactly like a generated API interface: one read and one write method. */
public interface TestItemApi {
  @Bitrix24Method(name = "test.item.list", kind = MethodKind.READ)
  @RequestLine("POST /test.item.list")
  @Headers("Content-Type: application/json")
  ApiResponse<TestItemListResult> list(TestItemListRequest request);

  @Bitrix24Method(name = "test.item.add", kind = MethodKind.WRITE)
  @RequestLine("POST /test.item.add")
  @Headers("Content-Type: application/json")
  ApiResponse<TestItemAddResult> add(TestItemAddRequest request);
}
