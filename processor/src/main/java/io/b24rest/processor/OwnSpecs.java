package io.b24rest.processor;

import io.b24rest.spec.reader.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Finds the spec files of the module being compiled, without an index: every {@code *.yaml}
 * under {@code bitrix24/spec/} of its resources.
 *
 * <p>Where: the folder named by the processor option {@value #OPTION} (a resources root, for
 * builds that do not copy resources before compiling, such as Gradle), else the class output
 * folder, where Maven's {@code process-resources} phase has already copied
 * {@code src/main/resources} when {@code javac} runs. An in-memory class output (as in
 * compile-testing) has no folder: then there are no own specs.
 */
final class OwnSpecs {
  /** The processor option naming the resources root that holds {@code bitrix24/spec/}. */
  static final String OPTION = "b24rest.resources";

  static final String FOLDER = "bitrix24/spec";

  private OwnSpecs() {}

  /** The module's own spec files, sorted by path; empty when it has none. */
  static List<SpecSource> find(Filer filer, Optional<String> resourcesRoot) throws IOException {
    Optional<Path> folder =
        resourcesRoot.isPresent()
            ? Optional.of(Path.of(resourcesRoot.get()).resolve(FOLDER))
            : classOutputFolder(filer);
    if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
      return List.of();
    }
    Path root = folder.get().getParent().getParent();
    try (Stream<Path> files = Files.walk(folder.get())) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(file))
          .map(file -> new SpecSource(resourceName(root, file), read(file)))
          .sorted((a, b) -> a.path().compareTo(b.path()))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Optional<Path> classOutputFolder(Filer filer) throws IOException {
    // javac gives no file object for a folder: ask for a file in it (never created) instead.
    URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", FOLDER + "/.probe").toUri();
    return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri).getParent()) : Optional.empty();
  }

  private static String resourceName(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
