package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Parses a spec's text into a YAML node tree whose nodes keep their line and column. Any YAML
 * problem becomes a diagnostic at the place it was found; nothing is thrown.
 */
final class YamlParser {
  /** Far more than any spec needs (the seed spec is 5 KB). */
  static final int MAX_CODE_POINTS = 1_000_000;

  private static final String SYNTAX_FIX =
      "correct the YAML at this place (indent with spaces, quote text containing ': ' or '#')";

  /** Immutable, so shared: building settings costs as much as parsing a small file. */
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setUseMarks(true)
          // Duplicate keys are reported by the spec readers, with the key's place.
          .setAllowDuplicateKeys(true)
          .setMaxAliasesForCollections(0)
          .setCodePointLimit(MAX_CODE_POINTS)
          .build();

  private YamlParser() {}

  /** The root node, or empty after reporting why there is none. */
  static Optional<Node> parse(SpecFile file, String text) {
    if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      file.report(
          file.start(),
          "the file is longer than " + MAX_CODE_POINTS + " characters",
          "split it: a spec file describes one method, its types or the error catalogue");
      return Optional.empty();
    }
    try {
      StreamReader reader = new StreamReader(SETTINGS, text);
      Composer composer = new Composer(SETTINGS, new LimitingParser(new ParserImpl(SETTINGS, reader)));
      Optional<Node> root = composer.getSingleNode();
      if (root.isEmpty()) {
        file.report(file.start(), "the file holds no YAML document", "write the spec's keys, starting with 'spec: 2'");
      }
      return root;
    } catch (LimitingParser.Refused e) {
      file.report(file.at(e.mark()), e.getMessage(), e.fix());
    } catch (ComposerException e) {
      if (oneLine(e.getProblem()).contains("another document")) {
        file.report(
            file.at(e.getProblemMark()),
            "the file holds a second YAML document",
            "remove the '---' line and what follows; a spec file holds one document");
      } else {
        file.report(file.at(e.getProblemMark()), "YAML syntax error: " + describe(e), SYNTAX_FIX);
      }
    } catch (MarkedYamlEngineException e) {
      file.report(
          file.at(e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark()),
          "YAML syntax error: " + describe(e),
          SYNTAX_FIX);
    } catch (ReaderException e) {
      file.report(
          positionOf(file, text, e.getPosition()),
          "the file contains the character U+" + String.format("%04X", e.getCodePoint()) + " which YAML does not allow",
          "remove the character or write it as an escape inside a double-quoted string");
    } catch (YamlEngineException e) {
      file.report(file.start(), "YAML error: " + oneLine(e.getMessage()), SYNTAX_FIX);
    }
    return Optional.empty();
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = oneLine(e.getProblem());
    String context = oneLine(e.getContext());
    if (!context.isEmpty() && e.getContextMark().isPresent() && e.getProblemMark().isPresent()
        && e.getContextMark().get().getLine() != e.getProblemMark().get().getLine()) {
      Mark start = e.getContextMark().get();
      context += " that starts at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1);
    }
    if (context.isEmpty()) {
      return problem;
    }
    return problem.isEmpty() ? context : problem + " (" + context + ")";
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }

  private static SourceLocation positionOf(SpecFile file, String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < codePointIndex; i = text.offsetByCodePoints(i, 1), seen++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return file.at(line, column);
  }
}
