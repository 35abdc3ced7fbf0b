package io.b24rest.runtime.testapi;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.RequestLine;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24Method;
import io.b24rest.core.MethodKind;
import java.util.List;
import java.util.Map;

/** A REST 3.0 batch: its body is a JSON array, not an object. */
public interface TestBatchApi {
  @Bitrix24Method(name = "batch", kind = MethodKind.READ)
  @RequestLine("POST /batch")
  @Headers("Content-Type: application/json")
  ApiResponse<List<JsonNode>> batch(List<Map<String, Object>> calls);
}
