package io.b24rest.spectools.draft;

/** Java-style names the importers give what they name themselves. */
public final class Names {
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
