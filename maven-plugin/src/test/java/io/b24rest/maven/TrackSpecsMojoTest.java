package io.b24rest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal on a project laid out as Maven lays it out, with each build's resource copying and
 * compiling done by hand between two runs of the goal, as the lifecycle would do them.
 */
class TrackSpecsMojoTest {
  private static final String SPEC = "bitrix24/spec/main/main.eventlog.get.yaml";

  @TempDir Path project;
  private Path resources;
  private Path classes;
  private Path generated;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void layOut() throws IOException {
    resources = project.resolve("src/main/resources");
    classes = project.resolve("target/classes");
    generated = project.resolve("target/generated-sources/annotations");
    write(resources.resolve(SPEC), "method: main.eventlog.get\nsummary: Returns one entry\n");
    write(resources.resolve("application.properties"), "a=b\n");
  }

  @Test
  void aFirstBuildDropsNothingAndTheSameSpecsNextTimeKeepTheClasses() throws Exception {
    build();
    build();

    assertTrue(Files.exists(classes.resolve("com/example/b24/MainEventlogApi.class")));
    assertTrue(Files.exists(generated.resolve("com/example/b24/MainEventlogApi.java")));
    assertEquals(List.of(), log);
  }

  @Test
  void anEditedSpecDropsTheClassesAndTheGeneratedSourcesButNoResource() throws Exception {
    build();
    write(resources.resolve(SPEC), "method: main.eventlog.get\nsummary: Returns an entry\n");
    copyResources();

    goal().execute();

    assertEquals(List.of(), files(classes, ".class"));
    assertEquals(List.of(), files(generated, ""));
    assertTrue(Files.isDirectory(generated), "the folder stays for the compiler plugin");
    assertTrue(Files.exists(classes.resolve(SPEC)));
    assertTrue(Files.exists(classes.resolve("application.properties")));
    assertEquals(1, log.size());
    assertTrue(log.get(0).contains("1 edited (" + SPEC + ")"), log.get(0));
    assertTrue(log.get(0).contains("dropped 2 class files"), log.get(0));
  }

  @Test
  void anAddedSpecDropsTheClasses() throws Exception {
    build();
    write(resources.resolve("bitrix24/spec/main/main.eventlog.list.yaml"), "method: x\n");
    copyResources();

    goal().execute();

    assertEquals(List.of(), files(classes, ".class"));
    assertTrue(log.get(0).contains("1 added (bitrix24/spec/main/main.eventlog.list.yaml)"));
  }

  @Test
  void aRemovedSpecDropsItsCopyInTheClassOutputAndTheClasses() throws Exception {
    build();
    Files.delete(resources.resolve(SPEC));
    copyResources();

    goal().execute();

    assertFalse(Files.exists(classes.resolve(SPEC)), "the processor would still read the copy");
    assertEquals(List.of(), files(classes, ".class"));
    assertTrue(log.get(0).contains("1 removed (" + SPEC + ")"), log.get(0));
  }

  @Test
  void aSpecTouchedButNotChangedKeepsTheClasses() throws Exception {
    build();
    Files.setLastModifiedTime(
        resources.resolve(SPEC), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    copyResources();

    goal().execute();

    assertEquals(2, files(classes, ".class").size());
    assertEquals(List.of(), log);
  }

  @Test
  void classesWithoutARecordOfTheirSpecsAreDropped() throws Exception {
    copyResources();
    compile();

    goal().execute();

    assertEquals(List.of(), files(classes, ".class"));
    assertTrue(log.get(0).contains("no record of the spec files"), log.get(0));
  }

  @Test
  void aCopyOfASpecRemovedBeforeTheGoalWasAddedIsDeletedToo() throws Exception {
    copyResources();
    write(classes.resolve("bitrix24/spec/main/main.gone.yaml"), "method: main.gone\n");

    goal().execute();

    assertFalse(Files.exists(classes.resolve("bitrix24/spec/main/main.gone.yaml")));
    assertTrue(Files.exists(classes.resolve(SPEC)));
  }

  @Test
  void aResourceFolderWithATargetPathHoldsNoSpecs() throws Exception {
    Path other = project.resolve("src/main/other");
    write(other.resolve(SPEC), "method: elsewhere\n");
    TrackSpecsMojo goal = goal();
    Resource moved = resource(other);
    moved.setTargetPath("moved");
    goal.resources = List.of(resource(resources), moved);
    build();
    write(other.resolve(SPEC), "method: elsewhere, edited\n");

    goal.execute();

    assertEquals(2, files(classes, ".class").size());
  }

  @Test
  void skipDoesNothing() throws Exception {
    build();
    write(resources.resolve(SPEC), "method: edited\n");
    TrackSpecsMojo goal = goal();
    goal.skip = true;

    goal.execute();

    assertEquals(2, files(classes, ".class").size());
  }

  @Test
  void aRecordThatCannotBeWrittenIsOneErrorNamingTheFile() throws Exception {
    TrackSpecsMojo goal = goal();
    Path blocked = project.resolve("target/b24rest");
    write(blocked, "a file where the folder should be");
    goal.fingerprintFile = blocked.resolve("spec-files.sha256").toFile();

    MojoExecutionException e = assertThrows(MojoExecutionException.class, goal::execute);

    assertTrue(e.getMessage().startsWith("b24: could not compare the spec files"), e.getMessage());
    assertTrue(e.getMessage().contains("b24rest"), e.getMessage());
  }

  /** One build: resources copied, the goal, then javac with the processor. */
  private void build() throws Exception {
    copyResources();
    goal().execute();
    if (files(classes, ".class").isEmpty()) {
      compile();
    }
  }

  private TrackSpecsMojo goal() {
    TrackSpecsMojo goal = new TrackSpecsMojo();
    goal.resources = List.of(resource(resources));
    goal.classesDirectory = classes.toFile();
    goal.generatedSourcesDirectory = generated.toFile();
    goal.fingerprintFile = project.resolve("target/b24rest/spec-files.sha256").toFile();
    goal.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            log.add(content.toString());
          }
        });
    return goal;
  }

  private static Resource resource(Path folder) {
    Resource resource = new Resource();
    resource.setDirectory(folder.toString());
    return resource;
  }

  /** As the resources plugin does: copies every file, deletes none. */
  private void copyResources() throws IOException {
    for (Path file : files(resources, "")) {
      Path copy = classes.resolve(resources.relativize(file));
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void compile() throws IOException {
    write(generated.resolve("com/example/b24/MainEventlogApi.java"), "interface MainEventlogApi {}");
    write(classes.resolve("com/example/b24/MainEventlogApi.class"), "compiled");
    write(classes.resolve("com/example/App.class"), "compiled");
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> file.toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
