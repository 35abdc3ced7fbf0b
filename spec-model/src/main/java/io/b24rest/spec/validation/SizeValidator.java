package io.b24rest.spec.validation;

import io.b24rest.spec.reader.FieldDraft;
import io.b24rest.spec.reader.SpecDrafts;
import io.b24rest.spec.model.SourceLocation;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps what a spec generates within what javac compiles: a record, its constructor and its
 * builder take one parameter a field, and the JVM allows at most 255 parameter slots; a method
 * file's fields, nested ones included, make one source file, which must stay reviewable.
 */
final class SizeValidator {
  /** Fields in one list: well below the JVM's 255 parameter slots of a constructor. */
  static final int MAX_FIELDS = 200;

  /** Fields of one method file, nested ones included. */
  static final int MAX_FIELDS_PER_FILE = 1_000;

  private SizeValidator() {}

  static void check(SpecDrafts drafts, Diagnostics diagnostics) {
    Map<String, Integer> perFile = new TreeMap<>();
    FieldVisitor.eachList(
        drafts,
        (scope, fields) -> {
          if (fields.size() > MAX_FIELDS) {
            FieldDraft first = fields.get(MAX_FIELDS);
            diagnostics.report(
                first.location(),
                "a list of " + fields.size() + " fields; the generated record and builder take one"
                    + " parameter a field, and javac allows at most " + MAX_FIELDS + " here",
                "group the fields into nested objects, or type the rarely used ones as one map<any>");
          }
          if (!fields.isEmpty()) {
            perFile.merge(fields.get(0).location().file(), fields.size(), Integer::sum);
          }
        });
    perFile.forEach(
        (file, count) -> {
          if (count > MAX_FIELDS_PER_FILE) {
            diagnostics.report(
                new SourceLocation(file, 1, 1),
                "the file declares " + count + " fields; its generated source would be too large to"
                    + " compile quickly or review (at most " + MAX_FIELDS_PER_FILE + ")",
                "describe the method's data with named types in <scope>.types.yaml, or type bulk data as map<any>");
          }
        });
  }
}
