package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.validation.Diagnostics;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The last line of defence of {@link SpecReader}: a fault of the reader itself becomes a
 * diagnostic that says so, instead of an exception that would crash the compiler.
 */
final class SafeRead {
  private static final String FIX = "report this as a bug of the spec reader, with the spec file";

  private SafeRead() {}

  static void file(SpecSource source, Diagnostics diagnostics, SpecFileReader reader) {
    String path = source.path() == null ? "<unnamed spec>" : source.path();
    SpecFile file = new SpecFile(path, diagnostics);
    if (source.text() == null) {
      file.report(file.start(), "the spec file has no text", "give the spec file its YAML text");
      return;
    }
    try {
      reader.read(file, source.text());
    } catch (RuntimeException | StackOverflowError e) {
      file.report(file.start(), "the spec reader failed on this file: " + e, FIX);
    }
  }

  static void validate(SpecDrafts drafts, Diagnostics diagnostics, BiConsumer<SpecDrafts, Diagnostics> check) {
    try {
      check.accept(drafts, diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.report(new SourceLocation("<specs>", 1, 1), "the spec checks failed: " + e, FIX);
    }
  }

  static Optional<SpecModel> build(SpecDrafts drafts, Diagnostics diagnostics, Function<SpecDrafts, SpecModel> builder) {
    try {
      return Optional.of(builder.apply(drafts));
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.report(new SourceLocation("<specs>", 1, 1), "building the spec model failed: " + e, FIX);
      return Optional.empty();
    }
  }
}
