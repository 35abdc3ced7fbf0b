package io.b24rest.spec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of specs broken at random from the seed: each must end in a model or in diagnostics
 * that point inside the file, and nothing may be thrown.
 */
class SpecFuzzTest {
  private static final int CASES = 1_000;
  private static final String[] VALUES = {
    "[]", "{}", "true", "12", "-1", "\"\"", "null", "~", "[a, [b]]", "{a: {b: c}}", "&a x", "*a", "!!int x", "!!map x",
    "|", ">-", "'", "\"", "1.5e3", ".nan", "99999999999999999999", "- x", "? x", "%YAML 1.2", "@x", "`x`", "x: y: z"
  };
  private static final String[] TYPES = {
    "integer", "integr", "array<", "array<>", "array<array<string>>", "map<Communication>", "Comunication", "enum",
    "object", "array<enum>", "array<object>", "map<>", "string<int>", "Tree", "array<map<array<Tree>>>", "<>", "a b",
    "array<" .repeat(20) + "x" + ">".repeat(20), "123", "filter", "any"
  };
  private static final String NOISE = "\t\u0000:#{}[]\"'&*!|>-\n %@`\\,?\u00e9\u2028\ud83d\ude00\ufeff\r";

  @Test
  void randomlyBrokenSpecsNeverThrowAndAlwaysExplain() {
    Random random = new Random(20261126L);
    String seed = SeedSpecs.method();
    String catalogue = cataloguePart(SeedSpecs.catalogue(), seed);
    int models = 0;
    for (int i = 0; i < CASES; i++) {
      String method = seed;
      String errors = catalogue;
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        if (random.nextInt(5) == 0) {
          errors = mutate(errors, random);
        } else {
          method = mutate(method, random);
        }
      }
      Map<String, String> texts = Map.of(SeedSpecs.METHOD, method, SeedSpecs.CATALOGUE, errors);
      SpecReadResult result;
      try {
        result = SpecReader.read(texts.entrySet().stream().map(e -> new SpecSource(e.getKey(), e.getValue())).toList());
      } catch (RuntimeException | StackOverflowError e) {
        fail("case " + i + " threw " + e + " for:\n" + method, e);
        return;
      }
      if (result.model().isPresent()) {
        assertEquals(List.of(), result.diagnostics(), "case " + i);
        models++;
      } else {
        assertFalse(result.diagnostics().isEmpty(), "case " + i + ": neither a model nor a diagnostic");
      }
      for (SpecDiagnostic diagnostic : result.diagnostics()) {
        checkInsideItsFile(diagnostic, texts, i);
      }
    }
    assertEquals(3, catalogue.split("  - code: ").length - 1, "the catalogue part holds the seed's three codes");
    assertTrue(models > 0 && models < CASES, "mutations that keep the spec valid and ones that break it: " + models);
  }

  /** The catalogue's header and the entries of the codes {@code method} uses: a quarter of the text to parse. */
  private static String cataloguePart(String catalogue, String method) {
    String[] entries = catalogue.split("\n(?=  - code: )");
    StringBuilder part = new StringBuilder(entries[0]);
    for (int i = 1; i < entries.length; i++) {
      String code = entries[i].substring("  - code: ".length(), entries[i].indexOf('\n'));
      if (method.contains("code: " + code + "\n")) {
        part.append('\n').append(entries[i]);
      }
    }
    return part.append('\n').toString();
  }

  private static void checkInsideItsFile(SpecDiagnostic diagnostic, Map<String, String> texts, int i) {
    String text = texts.get(diagnostic.location().file());
    String where = "case " + i + ": " + diagnostic.format();
    assertTrue(text != null, where);
    String[] lines = text.split("\n", -1);
    int line = diagnostic.location().line();
    assertTrue(line >= 1 && line <= lines.length + 1, where);
    int longest = Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
    assertTrue(diagnostic.location().column() >= 1 && diagnostic.location().column() <= longest + 2, where);
    assertFalse(diagnostic.problem().isBlank() || diagnostic.fix().isBlank(), where);
    assertFalse(diagnostic.fix().contains("report this as a bug"), where);
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    switch (random.nextInt(10)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, line);
      case 2 -> lines.set(at, renameKey(line, random));
      case 3 -> lines.set(at, replaceValue(line, VALUES[random.nextInt(VALUES.length)]));
      case 4 -> {
        return text.substring(0, random.nextInt(text.length() + 1));
      }
      case 5 -> {
        int offset = random.nextInt(text.length() + 1);
        return text.substring(0, offset) + NOISE.charAt(random.nextInt(NOISE.length())) + text.substring(offset);
      }
      case 6 -> {
        List<Integer> typeLines = indexesContaining(lines, "type: ");
        int target = typeLines.isEmpty() ? at : typeLines.get(random.nextInt(typeLines.size()));
        lines.set(target, replaceValue(lines.get(target), TYPES[random.nextInt(TYPES.length)]));
      }
      case 7 -> {
        int other = random.nextInt(lines.size());
        lines.set(at, lines.get(other));
        lines.set(other, line);
      }
      case 8 -> lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
      default -> {
        List<Integer> statusLines = indexesContaining(lines, "status: ");
        int target = statusLines.isEmpty() ? at : statusLines.get(random.nextInt(statusLines.size()));
        lines.set(target, replaceValue(lines.get(target), String.valueOf(random.nextInt(1_000) - 100)));
      }
    }
    return String.join("\n", lines);
  }

  private static String renameKey(String line, Random random) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      return line;
    }
    int position = random.nextInt(colon);
    char replacement = (char) ('a' + random.nextInt(26));
    return line.substring(0, position) + replacement + line.substring(position + 1);
  }

  private static String replaceValue(String line, String value) {
    int colon = line.indexOf(": ");
    return colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value;
  }

  private static List<Integer> indexesContaining(List<String> lines, String fragment) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        found.add(i);
      }
    }
    return found;
  }
}
