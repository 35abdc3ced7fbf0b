package io.b24rest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.core.MethodKind;
import io.b24rest.core.filter.Condition;
import io.b24rest.core.filter.Filter;
import io.b24rest.core.spi.MethodDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code call} reads a {@code filter} param from its JSON params and sends it as written. */
class RequestParamsFilterTest {
  /** A request record with a filter, as the processor generates for a {@code filter} param. */
  record ListRequest(Filter filter, List<String> select) {}

  private static final MethodDescriptor LIST =
      new MethodDescriptor(
          "test.item.list", MethodKind.READ, Object.class, "list", ListRequest.class, Object.class);

  @Test
  void aFilterIsReadIntoTheRequestAndWrittenBackAsItCame() throws Exception {
    String params =
        "{\"filter\":[[\"taskId\",51],{\"logic\":\"or\",\"conditions\":[[\"id\",\">\",1000]]}],"
            + "\"select\":[\"id\"]}";

    ListRequest request = (ListRequest) RequestParams.read(LIST, params);

    assertEquals(Condition.shortForm("taskId", 51), request.filter().elements().get(0));
    assertEquals(
        JsonOutput.MAPPER.readTree(params),
        JsonOutput.MAPPER.readTree(JsonOutput.MAPPER.writeValueAsString(request)));
  }

  @Test
  void aBadFilterIsOneUsageLineSayingWhere() {
    UsageException thrown =
        assertThrows(
            UsageException.class,
            () -> RequestParams.read(LIST, "{\"filter\":[[\"id\",\"like\",1]]}"));

    assertTrue(
        thrown.getMessage().startsWith("test.item.list: param `filter`: bad filter at filter[0][1]: unknown operator \"like\""),
        thrown.getMessage());
    assertEquals(1, thrown.getMessage().lines().count(), thrown.getMessage());
  }
}
