package io.b24rest.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A filter read from the REST 3.0 filter array is the filter built in Java and writes back as read. */
class FilterReaderTest {
  private final ObjectMapper json = new ObjectMapper();

  record Request(Filter filter, List<String> select) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        // rest-v3.md, the simple and the complex example
        "[[\"status\",\"=\",\"NEW\"],[\"id\",\"in\",[3,4,5]]]",
        "[[\"status\",\"=\",\"NEW\"],{\"logic\":\"or\",\"conditions\":[[\"id\",[1,2]],"
            + "[\"id\",\"in\",[3,4,5]]]}]",
        // tasks.task.list, tasks.task.result.list
        "[[\"id\",\">\",1000]]",
        "[[\"taskId\",51]]",
        "[[\"price\",\">=\",10.5],[\"closed\",\"!=\",true],[\"date\",\"between\","
            + "[\"2025-01-01\",\"2025-12-31\"]],[\"big\",\"<\",12345678901234]]",
        "[{\"logic\":\"or\",\"conditions\":[{\"logic\":\"or\",\"conditions\":[[\"a\",1]]}]}]",
        "[]"
      })
  void aDocumentedFilterIsWrittenBackAsItWasRead(String filter) throws Exception {
    String request = "{\"filter\":" + filter + ",\"select\":[\"id\"]}";

    Request read = json.readValue(request, Request.class);

    assertEquals(json.readTree(request), json.valueToTree(read));
  }

  @Test
  void theReadFilterIsTheFilterBuiltInJava() throws Exception {
    Filter read =
        json.readValue(
            "[[\"status\",\"=\",\"NEW\"],{\"logic\":\"or\",\"conditions\":[[\"id\",\"in\",[1,2]],"
                + "[\"id\",\"between\",[3,5]]]}]",
            Filter.class);

    assertEquals(
        Filter.allOf(
            Condition.eq("status", "NEW"),
            Filter.anyOf(Condition.in("id", 1, 2), Condition.between("id", 3, 5))),
        read);
  }

  @Test
  void theShortFormImpliesEqualsForAValueAndInForAList() throws Exception {
    Filter read = json.readValue("[[\"taskId\",51],[\"id\",[1,2]]]", Filter.class);

    assertEquals(List.of(Condition.shortForm("taskId", 51), Condition.shortForm("id", List.of(1, 2))),
        read.elements());
    assertEquals(Operator.EQ, ((Condition) read.elements().get(0)).operator());
    assertEquals(Operator.IN, ((Condition) read.elements().get(1)).operator());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":1}|bad filter at filter: must be an array of conditions",
        "[[\"id\",\"like\",1]]|bad filter at filter[0][1]: unknown operator \"like\"; use one of = != > >= < <= in between",
        "[[\"id\"]]|bad filter at filter[0]: must be [field, operator, value], [field, value] or a group",
        "[[1,\"=\",2]]|bad filter at filter[0]: must be [field, operator, value]",
        "[\"id\"]|bad filter at filter[0]: must be [field, operator, value]",
        "[{\"logic\":\"and\",\"conditions\":[]}]|bad filter at filter[0]: a group needs \"logic\": \"or\"",
        "[{\"logic\":\"or\"}]|bad filter at filter[0].conditions: must be an array of conditions",
        "[{\"logic\":\"or\",\"conditions\":[]}]|bad filter at filter[0]: an 'or' group needs at least one condition",
        "[[\"id\",\"between\",[1]]]|bad filter at filter[0]: filter 'id between' needs exactly two values, got 1",
        "[[\"id\",\"=\",null]]|bad filter at filter[0][2]: a value must be a number, string, boolean or list",
        "[[\"id\",\"=\",{\"a\":1}]]|bad filter at filter[0][2]: a value must be a number, string, boolean or list",
        "[[\"id\",\">\",[1,2]]]|bad filter at filter[0]: filter on 'id' has a value of unsupported type"
      })
  void aShapeThatIsNoFilterIsAMappingErrorSayingWhereAndWhy(String filter, String message) {
    JsonMappingException thrown =
        assertThrows(JsonMappingException.class, () -> json.readValue(filter, Filter.class));

    assertTrue(thrown.getOriginalMessage().startsWith(message), thrown.getOriginalMessage());
  }
}
