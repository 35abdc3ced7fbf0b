package io.b24rest.spec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> KEYS = List.of("name", "type", "required", "default", "nullable", "description");

  @Test
  void suggestsTheClosestCandidate() {
    assertEquals(Optional.of("required"), DidYouMean.closest("reqired", KEYS));
    assertEquals(Optional.of("description"), DidYouMean.closest("Descripton", KEYS));
    assertEquals(Optional.of("type"), DidYouMean.closest("typ", KEYS));
  }

  @Test
  void suggestsNothingForAFarWord() {
    assertEquals(Optional.empty(), DidYouMean.closest("summaryText", KEYS));
    assertEquals("", DidYouMean.hint("zzzzzzzz", KEYS));
  }
}
