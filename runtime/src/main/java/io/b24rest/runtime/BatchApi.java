package io.b24rest.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.RequestLine;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24Method;
import io.b24rest.core.MethodKind;
import java.util.List;

/**
 * The REST 3.0 {@code batch} method, in two variants so that the client's retry rules apply: a
 * batch of reads only is retried freely; a batch with a write carries an {@code Idempotency-Key}.
 */
interface BatchApi {
  /** A batch whose calls all read. */
  @Bitrix24Method(name = "batch", kind = MethodKind.READ)
  @RequestLine("POST /batch")
  @Headers("Content-Type: application/json")
  ApiResponse<List<JsonNode>> read(List<BatchEntry> calls);

  /** A batch with at least one call that writes. */
  @Bitrix24Method(name = "batch", kind = MethodKind.WRITE)
  @RequestLine("POST /batch")
  @Headers("Content-Type: application/json")
  ApiResponse<List<JsonNode>> write(List<BatchEntry> calls);
}
