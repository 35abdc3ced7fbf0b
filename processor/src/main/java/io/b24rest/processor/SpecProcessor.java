package io.b24rest.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.b24rest.core.GenerateFromSpecs;
import io.b24rest.processor.writer.GeneratedFiles;
import io.b24rest.processor.writer.NameClashException;
import io.b24rest.processor.writer.ProvidedApi;
import io.b24rest.processor.writer.SpecWriter;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecIndexFile;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import io.b24rest.spec.validation.SpecDiagnostic;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Generates the typed Bitrix24 client from the spec files on the compile class path, once per
 * compilation, for the one element annotated with {@link GenerateFromSpecs}.
 *
 * <p>It reads the index named by the annotation (the compiler cannot list class path folders) and
 * every spec the index lists: the library's specs. A module with spec files of its own (under
 * {@code bitrix24/spec/} of its resources, see {@link OwnSpecs}) gets only those generated, into
 * its {@code basePackage}; they may use the library's error codes and types, which keep the
 * library's classes, and a class that would shadow one of the library's is an error. Otherwise the
 * whole index is generated (the library's own build). Either way the generated registries are
 * listed in {@code META-INF/services}, so that the runtime finds every generated API.
 *
 * <p>Each problem in the specs becomes one compile error starting with
 * {@code file.yaml:line:col:}; if there is any, nothing is generated. An unexpected failure is one
 * compile error too, never a stack trace.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes(SpecProcessor.ANNOTATION)
@SupportedOptions(OwnSpecs.OPTION)
public final class SpecProcessor extends AbstractProcessor {
  static final String ANNOTATION = "io.b24rest.core.GenerateFromSpecs";

  /** The package of the library's own generated API, whose classes a project's specs reuse. */
  static final String LIBRARY_PACKAGE = "io.b24rest.api";

  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || annotations.isEmpty()) {
      return !annotations.isEmpty();
    }
    List<Element> anchors = new ArrayList<>();
    for (TypeElement annotation : annotations) {
      anchors.addAll(round.getElementsAnnotatedWith(annotation));
    }
    if (anchors.isEmpty()) {
      return true;
    }
    done = true;
    anchors.sort(Comparator.comparing(Object::toString));
    if (anchors.size() > 1) {
      for (Element extra : anchors.subList(1, anchors.size())) {
        error("@GenerateFromSpecs may annotate one element per compilation; "
            + anchors.get(0) + " has it already. Remove it from " + extra + ".", extra);
      }
      return true;
    }
    Element anchor = anchors.get(0);
    GenerateFromSpecs settings = anchor.getAnnotation(GenerateFromSpecs.class);
    try {
      generate(anchor, settings.index(), settings.basePackage());
    } catch (NameClashException e) {
      // No element: the message starts with the spec's file:line:col, the place to fix.
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.diagnostic().format());
    } catch (RuntimeException | IOException e) {
      error("the Bitrix24 spec processor failed unexpectedly: " + describe(e)
          + ". This is a bug of the processor, not of the specs; please report it.", anchor);
    }
    return true;
  }

  private void generate(Element anchor, String index, String basePackage) throws IOException {
    if (!SourceVersion.isName(basePackage)) {
      error("basePackage '" + basePackage + "' of @GenerateFromSpecs is not a Java package name", anchor);
      return;
    }
    List<SpecSource> own =
        OwnSpecs.find(
            processingEnv.getFiler(),
            Optional.ofNullable(processingEnv.getOptions().get(OwnSpecs.OPTION)));
    Optional<List<SpecSource>> sources = readSources(anchor, index);
    if (sources.isEmpty()) {
      return;
    }
    if (own.isEmpty()) {
      generateAll(anchor, sources.get(), basePackage);
    } else {
      generateOwn(anchor, sources.get(), own, basePackage);
    }
  }

  /** The library's build (or a copy of it in another package): every spec of the index. */
  private void generateAll(Element anchor, List<SpecSource> sources, String basePackage)
      throws IOException {
    Optional<SpecModel> model = readModel(anchor, sources);
    if (model.isPresent()) {
      SpecWriter writer = new SpecWriter(basePackage);
      write(writer.write(model.get()), anchor);
      ServiceFiles.writeRegistries(processingEnv.getFiler(), writer.names(model.get()), anchor);
      CompiledSpecFile.write(processingEnv.getFiler(), model.get(), anchor);
    }
  }

  /**
   * A project's own specs: read and checked together with the library's (whose error codes and
   * types they may use), but only their own code is generated; the library's catalogue keeps the
   * library's exception classes.
   */
  private void generateOwn(
      Element anchor, List<SpecSource> library, List<SpecSource> own, String basePackage)
      throws IOException {
    List<SpecSource> all = new ArrayList<>(library);
    all.addAll(own);
    Optional<SpecModel> model = readModel(anchor, all);
    if (model.isEmpty()) {
      return;
    }
    Set<String> ownFiles = own.stream().map(SpecSource::path).collect(Collectors.toSet());
    SpecModel ownModel = part(model.get(), ownFiles, true);
    SpecModel libraryModel = part(model.get(), ownFiles, false);
    SpecWriter writer =
        SpecWriter.forOwnSpecs(basePackage, new ProvidedApi(LIBRARY_PACKAGE, libraryModel));
    List<JavaFile> files = writer.write(ownModel);
    List<String> shadows =
        ShadowCheck.problems(
            files,
            ownModel,
            writer.names(ownModel),
            ShadowCheck.classesOf(libraryModel, LIBRARY_PACKAGE),
            "@GenerateFromSpecs on " + anchor + " (own specs: "
                + String.join(", ", own.stream().map(SpecSource::path).toList()) + ")");
    if (!shadows.isEmpty()) {
      shadows.forEach(problem -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem));
      return;
    }
    write(files, anchor);
    ServiceFiles.writeRegistries(processingEnv.getFiler(), writer.names(ownModel), anchor);
    ServiceFiles.writeOwnSpecIndex(
        processingEnv.getFiler(), own.stream().map(SpecSource::path).toList(), anchor);
    CompiledSpecFile.write(processingEnv.getFiler(), ownModel, anchor);
  }

  /** The methods, types and error codes declared in {@code files} ({@code inside}) or elsewhere. */
  private static SpecModel part(SpecModel model, Set<String> files, boolean inside) {
    return new SpecModel(
        model.methods().stream().filter(m -> files.contains(m.location().file()) == inside).toList(),
        model.types().stream().filter(t -> files.contains(t.location().file()) == inside).toList(),
        model.errorCodes().stream().filter(c -> files.contains(c.location().file()) == inside).toList());
  }

  /** The validated model, or empty after reporting every problem of the specs. */
  private Optional<SpecModel> readModel(Element anchor, List<SpecSource> sources) {
    SpecReadResult result = SpecReader.read(sources);
    for (SpecDiagnostic diagnostic : result.diagnostics()) {
      // No element: the message itself starts with file.yaml:line:col, the place to fix.
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, diagnostic.format());
    }
    if (!result.diagnostics().isEmpty()) {
      return Optional.empty();
    }
    if (result.model().isEmpty()) {
      error("the spec reader returned neither a model nor a problem; nothing was generated", anchor);
    }
    return result.model();
  }

  /**
   * The index and every spec it lists, or empty after reporting what is missing. They are read
   * from the compile class path (the library's own build has b24-spec there) or else from the
   * processor's own class path, which holds the b24-spec it was released with (a project that
   * generates its own specs needs no b24-spec dependency).
   */
  private Optional<List<SpecSource>> readSources(Element anchor, String index) throws IOException {
    Optional<ResourceReader> reader = readerHolding(index);
    if (reader.isEmpty()) {
      error("the spec index '" + index + "' is not on the compile class path."
          + " Add the dependency io.b24rest:b24-spec to this module.", anchor);
      return Optional.empty();
    }
    String indexText = reader.get().read(index);
    List<SpecSource> sources = new ArrayList<>();
    boolean complete = true;
    for (String path : indexEntries(indexText)) {
      try {
        sources.add(new SpecSource(path, reader.get().read(path)));
      } catch (FileNotFoundException | IllegalArgumentException e) {
        complete = false;
        error("the spec index '" + index + "' lists '" + path + "', which is not on the compile"
            + " class path. Rebuild the spec module so that its index matches its files.", anchor);
      }
    }
    return complete ? Optional.of(sources) : Optional.empty();
  }

  private Optional<ResourceReader> readerHolding(String index) throws IOException {
    ResourceReader classPath = resource -> processingEnv.getFiler()
        .getResource(StandardLocation.CLASS_PATH, "", resource).getCharContent(true).toString();
    ResourceReader own = SpecProcessor::readOwnResource;
    for (ResourceReader reader : List.of(classPath, own)) {
      try {
        reader.read(index);
        return Optional.of(reader);
      } catch (FileNotFoundException | IllegalArgumentException e) {
        // Not there: try the next place.
      }
    }
    return Optional.empty();
  }

  private static String readOwnResource(String resource) throws IOException {
    try (InputStream in = SpecProcessor.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new FileNotFoundException(resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Reads a class path resource as text; {@link FileNotFoundException} when it is missing. */
  @FunctionalInterface
  private interface ResourceReader {
    String read(String resource) throws IOException;
  }

  /** The class path resources the index lists. */
  private static List<String> indexEntries(String text) {
    return SpecIndexFile.entries(text).stream().map(SpecIndexFile.Entry::path).toList();
  }

  private void write(List<JavaFile> files, Element anchor) throws IOException {
    RenderAhead.renderAndWrite(
        files,
        GeneratedFiles::source,
        (file, text) -> writeSource(SpecWriter.qualifiedName(file), text, anchor));
    for (String packageName : GeneratedFiles.packages(files)) {
      // A package the project annotates itself keeps its own package-info.
      var existing = processingEnv.getElementUtils().getPackageElement(packageName);
      if (existing == null || existing.getAnnotationMirrors().isEmpty()) {
        writeSource(packageName + ".package-info", GeneratedFiles.packageInfo(packageName), anchor);
      }
    }
  }

  private void writeSource(String name, String text, Element anchor) throws IOException {
    JavaFileObject source = processingEnv.getFiler().createSourceFile(name, anchor);
    try (Writer out = source.openWriter()) {
      out.write(text);
    }
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
  }
}
