package io.b24rest.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.b24rest.runtime.json.WireDateTimeModule;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The Jackson configuration the client reads and writes Bitrix24 JSON with: tolerant of fields and
 * enum values the specs do not know yet (the portal grows), strict about trailing garbage, ISO-8601
 * dates, no {@code null}s sent. Strict where leniency would hide a wrong answer: a fraction where the
 * spec says integer ({@code "id": 1.9}) is an error, not read as 1. A {@code null} element of a
 * list or set ({@code [null, {...}]}) is skipped, so that a list a caller gets never holds a
 * {@code null} (maps keep their entries as sent). Datetimes go back with the text they came in ({@code +00:00} stays
 * {@code +00:00}, {@code Z} stays {@code Z}; see {@link WireDateTimeModule}).
 */
public final class Bitrix24Json {
  private Bitrix24Json() {}

  /** A new mapper with the client's configuration; configure-once, then share freely. */
  public static ObjectMapper newObjectMapper() {
    JsonSetter.Value skipNullElements = JsonSetter.Value.forContentNulls(Nulls.SKIP);
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        // After JavaTimeModule, so that its OffsetDateTime reader and writer win.
        .addModule(new WireDateTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // Per declared type: the generated records declare List (and Set), never a concrete one.
        .withConfigOverride(List.class, o -> o.setSetterInfo(skipNullElements))
        .withConfigOverride(Set.class, o -> o.setSetterInfo(skipNullElements))
        .withConfigOverride(Collection.class, o -> o.setSetterInfo(skipNullElements))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
