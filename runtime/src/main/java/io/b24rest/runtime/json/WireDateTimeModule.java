package io.b24rest.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * Writes an {@link OffsetDateTime} back exactly as it was read: {@code "+00:00"} stays {@code
 * "+00:00"}, {@code "Z"} stays {@code "Z"}, {@code ".500"} stays {@code ".500"}.
 *
 * <p>Why this way: the generated types expose plain {@code OffsetDateTime}s, which is what a Java
 * user expects, but an {@code OffsetDateTime} cannot hold how its offset was spelled ({@code Z}
 * and {@code +00:00} are the same {@code ZoneOffset.UTC}). So the reader notes the wire text of
 * every value whose text differs from the canonical form below, keyed by the value's identity and
 * weakly (the note goes with the value), and the writer prints a noted value's text. A value the
 * program made or changed ({@code plusDays(1)} is a new value) is written in the canonical form,
 * the portal's own ({@code DATE_ATOM}): {@code 2026-04-15T10:00:00+00:00}, seconds always, a
 * fraction only when there is one, the offset as {@code ±hh:mm} ({@code +00:00} for UTC).
 *
 * <p>The notes are JVM-wide, so a value read by one {@code Bitrix24Json} mapper keeps its text
 * when another writes it (the client reads answers with its own mapper). Values that are not
 * strings on the wire (numbers) are read as the JSR-310 module reads them.
 */
public final class WireDateTimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The portal's form: {@code uuuu-MM-dd'T'HH:mm:ss[.fraction]±hh:mm[:ss]}. */
  static final DateTimeFormatter CANONICAL =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HH:MM:ss", "+00:00")
          .toFormatter();

  static final IdentityTexts TEXTS = new IdentityTexts();

  /** A module for {@code ObjectMapper}s that read and write Bitrix24 JSON. */
  public WireDateTimeModule() {
    super("b24-wire-datetime");
    addDeserializer(OffsetDateTime.class, new Reader());
    addSerializer(OffsetDateTime.class, new Writer());
  }

  /** How {@code value} goes on the wire: its noted text, or the canonical form. */
  static String wireText(OffsetDateTime value) {
    String text = TEXTS.textOf(value);
    return text != null ? text : CANONICAL.format(value);
  }

  private static final class Reader extends StdDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText().trim() : null;
      OffsetDateTime value = InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
      if (text != null && value != null && !text.equals(CANONICAL.format(value))) {
        TEXTS.remember(value, text);
      }
      return value;
    }
  }

  private static final class Writer extends StdSerializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(wireText(value));
    }
  }
}
