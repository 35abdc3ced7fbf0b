package io.b24rest.spectools.draft;

import java.util.ArrayList;
import java.util.List;

/** A named object type of a draft: declared under {@code types} of the method or of the scope. */
public final class DraftType {
  public final String name;
  public String description;
  public final List<DraftField> fields = new ArrayList<>();
  public final List<String> todos = new ArrayList<>();

  public DraftType(String name, String description) {
    this.name = name;
    this.description = description;
  }
}
