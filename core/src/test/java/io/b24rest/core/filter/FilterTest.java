package io.b24rest.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesTheDocsComplexExample() throws Exception {
    Filter filter =
        Filter.allOf(
            Condition.eq("status", "NEW"),
            Filter.anyOf(Condition.in("id", 1, 2), Condition.in("id", List.of(3, 4, 5))));

    JsonNode expected =
        json.readTree(
            "[[\"status\",\"=\",\"NEW\"],{\"logic\":\"or\",\"conditions\":"
                + "[[\"id\",\"in\",[1,2]],[\"id\",\"in\",[3,4,5]]]}]");
    assertEquals(expected, json.valueToTree(filter));
  }

  @Test
  void writesEveryOperatorWithItsSymbol() {
    Filter filter =
        Filter.allOf(
                Condition.eq("a", 1),
                Condition.ne("b", "CLOSED"),
                Condition.gt("c", 2.5),
                Condition.ge("d", 1000),
                Condition.lt("e", LocalDate.of(2025, 1, 1)),
                Condition.le("f", true))
            .and(Condition.between("g", "2025-01-01", "2025-12-31"));

    JsonNode tree = json.valueToTree(filter);
    List<String> symbols = List.of("=", "!=", ">", ">=", "<", "<=", "between");
    for (int i = 0; i < symbols.size(); i++) {
      assertEquals(symbols.get(i), tree.get(i).get(1).asText());
    }
    assertEquals("2025-01-01", tree.get(4).get(2).asText());
    assertEquals(2, tree.get(6).get(2).size());
  }

  @Test
  void andKeepsTheOriginalUnchanged() {
    Filter base = Filter.allOf(Condition.eq("a", 1));
    Filter more = base.and(Condition.eq("b", 2));
    assertEquals(1, base.elements().size());
    assertEquals(2, more.elements().size());
  }

  @Test
  void rejectsMalformedConditionsWithAClearMessage() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Condition.in("id"))
            .getMessage()
            .contains("'id in'"));
    assertThrows(
        IllegalArgumentException.class, () -> new Condition("id", Operator.BETWEEN, List.of(1)));
    assertThrows(IllegalArgumentException.class, () -> Condition.eq(" ", 1));
    assertThrows(IllegalArgumentException.class, () -> Condition.eq("id", null));
    assertThrows(IllegalArgumentException.class, () -> Condition.eq("id", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new Condition("id", Operator.IN, 5));
    assertThrows(IllegalArgumentException.class, Filter::anyOf);
  }

  @Test
  void operatorsRoundTripThroughTheirSymbols() {
    for (Operator op : Operator.values()) {
      assertEquals(op, Operator.fromSymbol(op.symbol()).orElseThrow());
    }
    assertTrue(Operator.fromSymbol("like").isEmpty());
  }
}
