package io.b24rest.spectools.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void keepsNumbersAsTheDocumentWritesThem() throws JsonProcessingException {
    String example = "{\"price\":1.50,\"rate\":0.10,\"big\":12345678901234567890.00,\"count\":3}";

    assertEquals(example, Json.compact(Json.exactMapper().readTree(example)));
  }
}
