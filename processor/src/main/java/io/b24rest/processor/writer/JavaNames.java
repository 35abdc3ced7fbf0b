package io.b24rest.processor.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns spec names (JSON names, method names, enum values) into Java names. Every rule is
 * deterministic: the same spec always gives the same names, so generated code is stable.
 *
 * <ul>
 *   <li>words are split at characters other than letters and digits and at lower-to-upper case
 *       changes; an all-upper word counts as one word ({@code MEMBER_HEAD} is {@code member},
 *       {@code head});
 *   <li>a name starting with a digit gets a leading {@code _};
 *   <li>a Java keyword, or a name that would clash with a method every record has, gets a
 *       trailing {@code _}.
 * </ul>
 */
public final class JavaNames {
  /**
   * Component names whose accessor would clash with a method of {@code Object}, the static
   * {@code builder()} or {@code Bitrix24Request}.
   */
  private static final Set<String> RESERVED_MEMBERS =
      Set.of(
          "builder", "clone", "finalize", "getClass", "hashCode", "methodName", "notify", "notifyAll",
          "resultType", "toString", "wait");

  /**
   * The words REST method names run together ({@code createcalendarevent}), for
   * {@link #action}: verbs and nouns of the Bitrix24 REST methods. Add a word here when a new
   * section needs it, or give the spec a {@code java.method}.
   */
  static final Set<String> ACTION_WORDS =
      Set.of(
          "access", "activity", "add", "approve", "archive", "as", "attach", "by", "calendar",
          "chat", "children", "collection", "comment", "complete", "contact", "contacts", "copy",
          "count", "create", "crm", "defer", "delegate", "delete", "department", "detach",
          "disapprove", "document", "edit", "employee", "employees", "event", "favorite", "feed",
          "field", "fields", "file", "files", "folder", "forward", "from", "get", "history", "item",
          "items", "link", "list", "mark", "member", "members", "message", "messages", "move",
          "multi", "mute", "pause", "pin", "post", "read", "remove", "renew", "reply", "restore",
          "search", "send", "senders", "set", "spam", "start", "stop", "subordinates", "sync",
          "task", "tasks", "thread", "to", "unarchive", "unlink", "unmute", "unpin", "unread",
          "update", "upload", "user", "users", "view", "watch", "unwatch");

  private JavaNames() {}

  /**
   * The Java method of a REST action: lowerCamel, with an all-lower-case compound split into
   * the {@link #ACTION_WORDS} it is made of, fewest words first ({@code createcalendarevent} is
   * {@code createCalendarEvent}, {@code movetofolder} is {@code moveToFolder}); an action that
   * is not made of those words only is kept as one word.
   */
  public static String action(String action) {
    if (!isLowerCaseWord(action)) {
      return member(action);
    }
    List<String> words = split(action);
    return member(String.join("_", words));
  }

  /** Whether the text is one or more of a-z only (what {@code matches("[a-z]+")} tells, uncompiled). */
  private static boolean isLowerCaseWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** The fewest listed words that make up {@code text}, or {@code text} itself. */
  private static List<String> split(String text) {
    // best[i]: the fewest words making up text[0, i), null when none does.
    List<List<String>> best = new ArrayList<>();
    best.add(List.of());
    for (int end = 1; end <= text.length(); end++) {
      List<String> found = null;
      for (int start = 0; start < end; start++) {
        List<String> before = best.get(start);
        String word = text.substring(start, end);
        if (before != null && ACTION_WORDS.contains(word) && (found == null || before.size() + 1 < found.size())) {
          found = new ArrayList<>(before);
          found.add(word);
        }
      }
      best.add(found);
    }
    List<String> words = best.get(text.length());
    return words == null ? List.of(text) : words;
  }

  /** {@code MEMBER_HEAD} -> {@code memberHead}, {@code dialogId} -> {@code dialogId}. */
  public static String lowerCamel(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return "value";
    }
    StringBuilder out = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.size(); i++) {
      out.append(capitalize(words.get(i).toLowerCase(Locale.ROOT)));
    }
    return identifier(out.toString());
  }

  /** {@code MEMBER_HEAD} -> {@code MemberHead}, {@code node.communication} -> {@code NodeCommunication}. */
  public static String upperCamel(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return "Value";
    }
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append(capitalize(word.toLowerCase(Locale.ROOT)));
    }
    return identifier(out.toString());
  }

  /**
   * The singular of an UpperCamel name, for the element type of an array: {@code Items} is
   * {@code Item}, {@code Entries} is {@code Entry}; a name that does not end in a plain plural
   * {@code s} is kept.
   */
  public static String singular(String name) {
    if (name.endsWith("ies") && name.length() > 4) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us") && name.length() > 2) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** A record component or method name: lowerCamel, kept clear of {@code Object}'s methods. */
  public static String member(String name) {
    String member = lowerCamel(name);
    return RESERVED_MEMBERS.contains(member) ? member + "_" : member;
  }

  /** {@code inProgress} -> {@code IN_PROGRESS}, {@code #8474c8} -> {@code _8474C8}, {@code 1} -> {@code _1}. */
  public static String constant(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1))) {
        out.append('_');
      }
      out.append(isAsciiLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    String name = out.toString();
    if (name.chars().noneMatch(JavaNames::isAsciiLetterOrDigit)) {
      return "VALUE" + name;
    }
    return identifier(name);
  }

  /** A package name segment: lower case, invalid characters replaced by {@code _}. */
  public static String packageSegment(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(isAsciiLetterOrDigit(c) ? c : '_');
    }
    return identifier(out.length() == 0 ? "scope" : out.toString());
  }

  private static String identifier(String name) {
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c) && !Character.isUpperCase(word.charAt(word.length() - 1))) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
