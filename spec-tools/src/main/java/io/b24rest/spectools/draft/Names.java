package io.b24rest.spectools.draft;

import java.util.Set;

/** Java-style names the importers give what they name themselves. */
public final class Names {
  /** Names a named type may not take: the generated class would shadow java.lang, java.util, java.io. */
  public static final Set<String> RESERVED_TYPE_NAMES = Set.of(
      "Record", "File", "Collection", "Object", "Class", "String", "Integer", "Long", "Map", "List",
      "Set", "Optional", "Process", "Thread", "System", "Module", "Package", "Runtime", "Void",
      "Error", "Exception", "Boolean", "Double", "Number", "Iterable", "Enum", "Builder", "Date");

  private Names() {}

  /** {@code note.collection} is {@code NoteCollection}; {@code listcontacts} is {@code Listcontacts}. */
  public static String upperCamel(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
