package io.b24rest.processor.writer;

import io.b24rest.spec.model.EnumValue;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.stream.Collectors;

/** The Javadoc of one field: its description plus what the spec says about presence and values. */
final class FieldDocs {
  private FieldDocs() {}

  /** One line for {@code @param}: description, required/default, presence, null, allowed values. */
  static String of(FieldModel field) {
    StringBuilder text = new StringBuilder(JavadocText.inline(field.description()));
    if (field.required()) {
      text.append(" Required.");
    }
    field.defaultValue()
        .ifPresent(d -> text.append(" Default: <code>").append(d.isEmpty() ? "\"\"" : JavadocText.escape(d)).append("</code>."));
    field.presence().ifPresent(p -> text.append(' ').append(JavadocText.inline(p)));
    if (field.nullable()) {
      text.append(" The portal may send null.");
    }
    List<EnumValue> values = enumValues(field.type());
    if (!values.isEmpty()) {
      text.append(" Allowed values: ")
          .append(values.stream().map(FieldDocs::value).collect(Collectors.joining(", ")))
          .append('.');
    }
    return text.toString();
  }

  private static String value(EnumValue value) {
    String wire = value.value().isEmpty() ? "\"\"" : JavadocText.escape(value.value());
    return "<code>" + wire + "</code> (" + JavadocText.inline(value.description()) + ")";
  }

  private static List<EnumValue> enumValues(TypeRef type) {
    if (type instanceof TypeRef.InlineEnum inline) {
      return inline.values();
    } else if (type instanceof TypeRef.ArrayOf array) {
      return enumValues(array.element());
    } else if (type instanceof TypeRef.MapOf map) {
      return enumValues(map.value());
    }
    return List.of();
  }
}
