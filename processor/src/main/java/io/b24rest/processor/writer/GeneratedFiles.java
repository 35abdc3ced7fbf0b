package io.b24rest.processor.writer;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns a top-level type into a file: every file is formatted alike and carries
 * {@code @Generated}, and every package it fills gets a {@code @NullMarked} {@code package-info}.
 */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  static JavaFile of(String packageName, TypeSpec.Builder type) {
    return of(packageName, type.addAnnotation(KnownTypes.generated()).build());
  }

  /** A file of a type built already; one without {@code @Generated} gets it. */
  static JavaFile of(String packageName, TypeSpec type) {
    TypeSpec marked = type;
    if (!hasGenerated(type)) {
      if (type.kind() == TypeSpec.Kind.RECORD) {
        // TypeSpec.toBuilder() drops a record's components: pass the record's builder instead.
        throw new IllegalArgumentException("record " + type.name() + " must come as a builder");
      }
      marked = type.toBuilder().addAnnotation(KnownTypes.generated()).build();
    }
    return JavaFile.builder(packageName, marked).skipJavaLangImports(true).indent("  ").build();
  }

  /**
   * Whether the type carries {@code @Generated} as {@link KnownTypes#generated()} writes it.
   * {@link com.palantir.javapoet.AnnotationSpec#equals} compares the rendered text of both, so
   * only an annotation of the same type is compared that way.
   */
  private static boolean hasGenerated(TypeSpec type) {
    return type.annotations().stream()
        .anyMatch(a -> a.type().equals(KnownTypes.GENERATED) && a.equals(KnownTypes.generated()));
  }

  /**
   * The text of a file, as written to disk: JavaPoet's, with Javadoc lines wrapped at {@value
   * #COLUMNS} columns (JavaPoet wraps code at {@code $W} and spaces, but never comment text).
   */
  public static String source(JavaFile file) {
    return wrapJavadoc(file.toString());
  }

  /** The column limit of generated lines. */
  static final int COLUMNS = 100;

  private static final Pattern JAVADOC_LINE =
      Pattern.compile("^(\\s*\\* )(.*)$");

  static String wrapJavadoc(String source) {
    // Most files have no line over the limit: they come out as they are, without a pass per line.
    if (!hasLineLongerThanColumns(source)) {
      return source;
    }
    StringBuilder out = new StringBuilder(source.length() + 256);
    boolean pre = false;
    for (String line : source.split("\n", -1)) {
      if (line.length() <= COLUMNS) {
        // What follows only changes long lines; a short one only moves the <pre> state on.
        pre = updatePre(pre, line);
        out.append(line).append('\n');
        continue;
      }
      if (!pre && line.endsWith(" {") && line.contains(") implements ")) {
        // A record header: JavaPoet wraps its components but not the implements clause after them.
        int at = line.indexOf(") implements ");
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        out.append(line, 0, at + 1).append('\n')
            .append(indent).append("    ").append(line.substring(at + 2)).append('\n');
        continue;
      }
      if (!pre && line.stripLeading().startsWith("@JsonProperty(")) {
        // A record component: JavaPoet keeps its annotations on its line; break between them.
        wrapAtSpaces(out, line);
        continue;
      }
      // A link's URL cannot break: a @see stays on one line, the one exception to the limit.
      Matcher javadoc = JAVADOC_LINE.matcher(line);
      if (pre || !javadoc.matches()
          || javadoc.group(2).startsWith("@see <a href=")) {
        pre = updatePre(pre, line);
        out.append(line).append('\n');
        continue;
      }
      String prefix = javadoc.group(1);
      String text = javadoc.group(2);
      // Block tags continue indented, as hand-written Javadoc does.
      String continuation = text.startsWith("@") ? prefix + "    " : prefix;
      String current = prefix;
      boolean first = true;
      // "<a href=..." stays together, so that a link breaks before the tag rather than inside it.
      for (String word : text.replace("<a href=", "<a\uE000href=").split(" ")) {
        word = word.replace('\uE000', ' ');
        String start = first ? prefix : continuation;
        if (!current.equals(start) && current.length() + 1 + word.length() > COLUMNS) {
          out.append(current).append('\n');
          current = continuation + word;
          first = false;
        } else {
          current = current.equals(start) ? start + word : current + " " + word;
        }
      }
      out.append(current).append('\n');
      pre = updatePre(pre, line);
    }
    // split(-1) kept the text after the last newline as one more (empty) line.
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static boolean hasLineLongerThanColumns(String source) {
    int lineStart = 0;
    for (int at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', lineStart)) {
      if (at - lineStart > COLUMNS) {
        return true;
      }
      lineStart = at + 1;
    }
    return source.length() - lineStart > COLUMNS;
  }

  /** The line broken at spaces outside string literals, continued 4 columns deeper. */
  private static void wrapAtSpaces(StringBuilder out, String line) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    String continuation = indent + "    ";
    StringBuilder current = new StringBuilder(indent);
    int wordStart = indent.length();
    boolean quoted = false;
    for (int i = indent.length(); i <= line.length(); i++) {
      char c = i < line.length() ? line.charAt(i) : ' ';
      if (c == '"' && line.charAt(i - 1) != '\\') {
        quoted = !quoted;
      }
      if (c != ' ' || quoted) {
        continue;
      }
      String word = line.substring(wordStart, i);
      boolean lineStart = current.toString().isBlank();
      if (!lineStart && current.length() + 1 + word.length() > COLUMNS) {
        out.append(current).append('\n');
        current = new StringBuilder(continuation).append(word);
      } else {
        current.append(lineStart ? "" : " ").append(word);
      }
      wordStart = i + 1;
    }
    out.append(current).append('\n');
  }

  private static boolean updatePre(boolean pre, String line) {
    if (line.contains("<pre>")) {
      return !line.contains("</pre>");
    }
    return pre && !line.contains("</pre>");
  }

  /** The packages the files fill, sorted. */
  public static List<String> packages(List<JavaFile> files) {
    TreeSet<String> packages = new TreeSet<>();
    files.forEach(file -> packages.add(file.packageName()));
    return List.copyOf(packages);
  }

  /**
   * The {@code package-info.java} of a generated package: {@code @NullMarked}, so that every type
   * without {@code @Nullable} is non-null to JSpecify-aware tools.
   */
  public static String packageInfo(String packageName) {
    return "/**\n"
        + " * Generated from the Bitrix24 REST specs. Every type here is non-null unless it is marked\n"
        + " * {@code @Nullable}.\n"
        + " */\n"
        + "@Generated(\"" + KnownTypes.PROCESSOR + "\")\n"
        + "@NullMarked\n"
        + "package " + packageName + ";\n"
        + "\n"
        + "import javax.annotation.processing.Generated;\n"
        + "import org.jspecify.annotations.NullMarked;\n";
  }
}
