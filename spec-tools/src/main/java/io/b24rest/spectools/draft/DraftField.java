package io.b24rest.spectools.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * A param or field of a draft spec, filled in by an importer. Mutable while an importer works on
 * it; {@code todos} are what the importer could not decide, written as {@code # TODO:} comments.
 */
public final class DraftField {
  public String name;
  public String type;
  public boolean required;
  public boolean nullable;
  public String defaultValue;
  public String description = "";
  /** The whole text the docs give for the field, for what the description leaves out (limits). */
  public String docsText = "";
  public final List<DraftValue> values = new ArrayList<>();
  public final List<DraftField> fields = new ArrayList<>();
  public final List<String> todos = new ArrayList<>();

  public DraftField(String name, String type) {
    this.name = name;
    this.type = type;
  }

  /** Whether the type takes nested {@code fields}. */
  public boolean isObject() {
    return type.equals("object") || type.equals("array<object>");
  }
}
