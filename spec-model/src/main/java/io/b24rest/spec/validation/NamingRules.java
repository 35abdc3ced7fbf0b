package io.b24rest.spec.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The naming conventions specs must follow where names become Java names. */
public final class NamingRules {
  private static final Pattern UPPER_CAMEL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

  /**
   * Simple names of the {@code java.lang}, {@code java.io} and {@code java.util} types a generated
   * file may meet (java.lang is imported implicitly; the others are imported by generated code or
   * by its users), plus {@code Builder}, the nested builder of every generated request.
   */
  private static final Map<String, String> JAVA_TYPES = javaTypes();

  private NamingRules() {}

  /** What a type name would clash with ({@code java.lang.Record}), if anything. */
  public static Optional<String> javaTypeClash(String name) {
    return Optional.ofNullable(JAVA_TYPES.get(name));
  }

  /** A name that does not clash: the scope's name in front, for example {@code NoteFile}. */
  public static String scopedSuggestion(String scope, String name) {
    String prefix = toUpperCamelCase(scope.isEmpty() ? "Bitrix" : scope);
    return name.startsWith(prefix) ? name + "Item" : prefix + name;
  }

  private static Map<String, String> javaTypes() {
    Map<String, String> types = new HashMap<>();
    for (String lang :
        List.of(
            "Appendable", "AutoCloseable", "Boolean", "Byte", "CharSequence", "Character", "Class",
            "ClassLoader", "Cloneable", "Comparable", "Deprecated", "Double", "Enum", "Error",
            "Exception", "Float", "FunctionalInterface", "Integer", "Iterable", "Long", "Math",
            "Module", "Number", "Object", "Override", "Package", "Process", "Record", "Runnable",
            "Runtime", "RuntimeException", "SafeVarargs", "Short", "StackTraceElement", "StrictMath",
            "String", "StringBuffer", "StringBuilder", "SuppressWarnings", "System", "Thread",
            "ThreadGroup", "ThreadLocal", "Throwable", "Void")) {
      types.put(lang, "java.lang." + lang);
    }
    for (String io :
        List.of(
            "Closeable", "Console", "DataInput", "DataOutput", "File", "FileDescriptor", "Flushable",
            "IOException", "InputStream", "OutputStream", "PrintStream", "PrintWriter", "Reader",
            "Serializable", "UncheckedIOException", "Writer")) {
      types.put(io, "java.io." + io);
    }
    for (String util :
        List.of(
            "AbstractList", "AbstractMap", "ArrayList", "Arrays", "Base64", "BitSet", "Calendar",
            "Collection", "Collections", "Comparator", "Currency", "Date", "Deque", "Dictionary",
            "EnumMap", "EnumSet", "Enumeration", "EventListener", "EventObject", "Formatter",
            "HashMap", "HashSet", "Iterator", "LinkedHashMap", "LinkedHashSet", "LinkedList", "List",
            "ListIterator", "Locale", "Map", "Objects", "Optional", "OptionalDouble", "OptionalInt",
            "OptionalLong", "Properties", "Queue", "Random", "Scanner", "Set", "SortedMap",
            "SortedSet", "Spliterator", "Stack", "StringJoiner", "Timer", "TimeZone", "TreeMap",
            "TreeSet", "UUID", "Vector")) {
      types.put(util, "java.util." + util);
    }
    types.put("Builder", "the nested Builder of every generated request and type");
    return Map.copyOf(types);
  }

  /** {@code Communication}, {@code FieldNotFound}: a capital first, then letters and digits only. */
  public static boolean isUpperCamelCase(String name) {
    return UPPER_CAMEL_CASE.matcher(name).matches();
  }

  /** A suggestion: the name with a capital first and no separators, for example {@code FieldNotFound}. */
  public static String toUpperCamelCase(String name) {
    StringBuilder out = new StringBuilder();
    boolean capitalizeNext = true;
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        out.append(capitalizeNext ? Character.toUpperCase(c) : c);
        capitalizeNext = false;
      } else {
        capitalizeNext = true;
      }
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
      out.insert(0, 'T');
    }
    return out.toString();
  }
}
