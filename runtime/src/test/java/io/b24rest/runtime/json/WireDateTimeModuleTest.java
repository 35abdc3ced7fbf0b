package io.b24rest.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.b24rest.runtime.Bitrix24Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Datetimes leave the client's mappers with the text they came in with. */
class WireDateTimeModuleTest {
  private static final ObjectMapper MAPPER = Bitrix24Json.newObjectMapper();

  record Event(OffsetDateTime at, List<OffsetDateTime> moves) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-12-31T23:59:59+00:00",
        "2026-04-20T12:00:00Z",
        "2025-12-31T23:59:59+02:00",
        "2025-12-31T23:59:59-05:30",
        "2025-12-31T23:59:59.500+03:00",
        "2025-12-31T23:59:59.5Z",
        "2025-12-31T23:59+03:00"
      })
  void aDatetimeIsWrittenBackWithTheTextItWasReadFrom(String text) throws Exception {
    String json = "{\"at\":\"" + text + "\",\"moves\":[\"" + text + "\",\"" + text + "\"]}";

    Event event = MAPPER.readValue(json, Event.class);

    assertEquals(json, MAPPER.writeValueAsString(event));
    assertEquals(OffsetDateTime.parse(text), event.at());
  }

  @Test
  void equalValuesSpelledDifferentlyKeepTheirOwnSpelling() throws Exception {
    Event z = MAPPER.readValue("{\"at\":\"2026-04-20T12:00:00Z\"}", Event.class);
    Event zero = MAPPER.readValue("{\"at\":\"2026-04-20T12:00:00+00:00\"}", Event.class);

    assertEquals(z.at(), zero.at());
    assertEquals("\"2026-04-20T12:00:00Z\"", MAPPER.writeValueAsString(z.at()));
    assertEquals("\"2026-04-20T12:00:00+00:00\"", MAPPER.writeValueAsString(zero.at()));
  }

  @Test
  void anotherMapperWritesTheReadTextToo() throws Exception {
    OffsetDateTime read = MAPPER.readValue("\"2026-04-20T12:00:00Z\"", OffsetDateTime.class);

    assertEquals("\"2026-04-20T12:00:00Z\"", Bitrix24Json.newObjectMapper().writeValueAsString(read));
  }

  @Test
  void aValueTheProgramMadeIsWrittenInThePortalsForm() throws Exception {
    OffsetDateTime utc = OffsetDateTime.of(2026, 4, 15, 10, 0, 0, 0, ZoneOffset.UTC);
    OffsetDateTime read = MAPPER.readValue("\"2026-04-20T12:00:00Z\"", OffsetDateTime.class);

    assertEquals("\"2026-04-15T10:00:00+00:00\"", MAPPER.writeValueAsString(utc));
    assertEquals(
        "\"2026-04-15T10:00:00.25+02:00\"",
        MAPPER.writeValueAsString(
            OffsetDateTime.of(2026, 4, 15, 10, 0, 0, 250_000_000, ZoneOffset.ofHours(2))));
    assertEquals("\"2026-04-21T12:00:00+00:00\"", MAPPER.writeValueAsString(read.plusDays(1)));
  }

  @Test
  void aTextInTheCanonicalFormIsNotNoted() throws Exception {
    int before = WireDateTimeModule.TEXTS.size();
    OffsetDateTime read =
        MAPPER.readValue("\"2031-01-02T03:04:05+03:00\"", OffsetDateTime.class);

    assertEquals(before, WireDateTimeModule.TEXTS.size());
    assertEquals("\"2031-01-02T03:04:05+03:00\"", MAPPER.writeValueAsString(read));
  }

  @Test
  void aTextThatIsNoDatetimeIsAJacksonFormatError() {
    assertThrows(
        InvalidFormatException.class,
        () -> MAPPER.readValue("{\"at\":\"tomorrow\"}", Event.class));
  }
}
