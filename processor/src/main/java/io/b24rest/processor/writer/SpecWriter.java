package io.b24rest.processor.writer;

import com.palantir.javapoet.JavaFile;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import io.b24rest.spec.model.SourceLocation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a validated {@link SpecModel} into Java source files under one base package. Output is a
 * pure function of the model: same specs, byte-identical files, in the same order.
 *
 * <p>It writes, per scope package, one Feign interface a method group, a request and a result
 * record a method and the named types; in {@code <base>.errors} one exception a error code and
 * {@code Bitrix24Errors}; in {@code <base>} {@code Bitrix24Methods}.
 */
public final class SpecWriter {
  private final String basePackage;
  private final Optional<ProvidedApi> provided;

  /** @param basePackage the package that receives the generated code, for example {@code io.b24rest.api} */
  public SpecWriter(String basePackage) {
    this.basePackage = basePackage;
    this.provided = Optional.empty();
  }

  private SpecWriter(String basePackage, ProvidedApi library) {
    this.basePackage = basePackage;
    this.provided = Optional.of(library);
  }

  /**
   * A writer for a project's own specs: the model it writes holds only those; the named types and
   * error codes of {@code library} are referred to, never written.
   */
  public static SpecWriter forOwnSpecs(String basePackage, ProvidedApi library) {
    return new SpecWriter(basePackage, library);
  }

  /** The names this writer gives the types generated from {@code model}. */
  public ApiNames names(SpecModel model) {
    return provided
        .map(library -> ApiNames.withProvided(basePackage, model, library))
        .orElseGet(() -> new ApiNames(basePackage, model));
  }

  /** Every file, sorted by qualified type name. */
  public List<JavaFile> write(SpecModel model) {
    ApiNames names = names(model);
    Map<String, ErrorCode> codes = byCode(model.errorCodes());
    // What the methods may refer to: their own codes and types and, for own specs, the library's.
    Map<String, ErrorCode> visibleCodes = new TreeMap<>(codes);
    List<NamedType> visibleTypes = new ArrayList<>(model.types());
    provided.ifPresent(
        library -> {
          byCode(library.model().errorCodes()).forEach(visibleCodes::putIfAbsent);
          visibleTypes.addAll(library.model().types());
        });
    RecordWriter records = new RecordWriter(new JavaTypes(names));
    List<JavaFile> files = new ArrayList<>();

    Map<String, List<MethodModel>> groups = new TreeMap<>();
    List<MethodModel> methods = sortedMethods(model);
    for (MethodModel method : methods) {
      groups.computeIfAbsent(names.api(method).canonicalName(), k -> new ArrayList<>()).add(method);
    }
    ApiInterfaceWriter apis = new ApiInterfaceWriter(names, visibleCodes);
    PagedListWriter paging =
        new PagedListWriter(names, new SpecModel(model.methods(), visibleTypes, model.errorCodes()));
    groups.values().forEach(group -> files.add(paging.addTo(apis.write(group), group)));

    RequestWriter requests = new RequestWriter(names, records);
    ResultWriter results = new ResultWriter(names, records);
    for (MethodModel method : methods) {
      files.add(requests.write(method));
      results.write(method).ifPresent(files::add);
    }
    NamedTypeWriter namedTypes = new NamedTypeWriter(names, records);
    for (NamedType type : model.types()) {
      files.add(namedTypes.write(type));
    }
    ExceptionWriter exceptions = new ExceptionWriter(names);
    codes.values().forEach(code -> files.add(exceptions.write(code)));
    files.add(new ErrorRegistryWriter(names).write(List.copyOf(codes.values())));
    files.add(new MethodRegistryWriter(names).write(methods));

    files.sort(Comparator.comparing(SpecWriter::qualifiedName));
    rejectClashes(files, model, names);
    return List.copyOf(files);
  }

  /** The qualified name of the file's type, for example {@code io.b24rest.api.Bitrix24Methods}. */
  public static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }

  /**
   * Two specs that map to one Java type (say a named type called like a result, or two methods
   * whose names differ only in case) cannot both win: reported at the spec that came second.
   */
  private static void rejectClashes(List<JavaFile> files, SpecModel model, ApiNames names) {
    // Where each Java type comes from, in spec order: a clash is reported at its second origin.
    Map<String, List<SourceLocation>> origins = new HashMap<>();
    for (MethodModel method : model.methods()) {
      // An interface is shared by the methods of a group: only the first method's counts.
      origins.computeIfAbsent(names.api(method).toString().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      List<SourceLocation> api = origins.get(names.api(method).toString().toLowerCase(Locale.ROOT));
      if (api.isEmpty()) {
        api.add(method.location());
      }
      for (Object type : List.of(names.request(method), names.resultRecord(method), names.resultItem(method))) {
        origins.computeIfAbsent(type.toString().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(method.location());
      }
    }
    model.types().forEach(t -> origins.computeIfAbsent(
        names.namedType(t).toString().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t.location()));
    model.errorCodes().forEach(c -> origins.computeIfAbsent(
        names.exception(c).toString().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c.location()));
    Map<String, String> seen = new HashMap<>();
    for (JavaFile file : files) {
      String name = qualifiedName(file);
      String first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      List<SourceLocation> from = origins.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      if (first != null || from.size() > 1) {
        first = first == null ? name : first;
        SourceLocation firstAt = from.isEmpty() ? null : from.get(0);
        SourceLocation here = from.size() > 1 ? from.get(1) : firstAt;
        throw new NameClashException(
            here,
            "the specs map more than one type to " + name + (first.equals(name) ? "" : " and " + first)
                + (firstAt == null || firstAt.equals(here) ? "" : " (the other comes from " + firstAt + ")")
                + " (names compared ignoring case, as on case-insensitive file systems)",
            "rename a named type, an error's exception or a method (java.method, java.api) so that each Java type"
                + " is generated once");
      }
    }
  }

  private static Map<String, ErrorCode> byCode(List<ErrorCode> codes) {
    return codes.stream()
        .collect(Collectors.toMap(ErrorCode::code, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  private static List<MethodModel> sortedMethods(SpecModel model) {
    List<MethodModel> methods = new ArrayList<>(model.methods());
    methods.sort(Comparator.comparing(MethodModel::name));
    return methods;
  }
}
