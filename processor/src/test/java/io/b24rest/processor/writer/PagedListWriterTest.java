package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** Which methods get {@code <action>All} and what it looks like. */
class PagedListWriterTest {
  private static final SourceLocation HERE = new SourceLocation("test.yaml", 1, 1);

  @Test
  void onlyTheListMethodsWithPaginationAndItemsArePagedAmongTheRealSpecs() {
    SpecReadResult read =
        SpecReader.readClassPath(getClass().getClassLoader(), "bitrix24/spec/index.txt");
    Map<String, List<String>> paging = pagingMethods(read.model().orElseThrow());

    // node.children and the *.field.list methods have items but no pagination; none of the other
    // interfaces has a paged method.
    assertThat(paging)
        .containsExactly(
            "io.b24rest.api.humanresources.NodeApi",
            List.of(
                "listAll(NodeListRequest)",
                "listAll(NodeListRequest,int)",
                "listAll(NodeListRequest,int,int)",
                "searchAll(NodeSearchRequest)",
                "searchAll(NodeSearchRequest,int)",
                "searchAll(NodeSearchRequest,int,int)"));
  }

  @Test
  void thePagingMethodReplacesPageAndLimitAndReturnsAStreamOfItems() {
    JavaFile api = apiOf(new SpecModel(List.of(method("x.thing.list", true, itemsOf("Thing"))), types(), List.of()));
    String source = api.toString();

    assertThat(source).contains("default Stream<Thing> listAll(ThingListRequest request, int pageSize, int maxPages)");
    assertThat(source)
        .contains(
            "Pages.stream(pageSize, maxPages, (page, limit) -> list(request.withPagination("
                + "new Pagination((long) page, (long) limit, null))).result().items())");
    assertThat(source).contains("return listAll(request, Pages.DEFAULT_LIMIT, Pages.DEFAULT_MAX_PAGES)");
    assertThat(source).contains("throw new IllegalArgumentException(\"request is missing\")");
  }

  @Test
  void noPagingWithoutPaginationOrWithoutItemsOrWithAnotherPaginationType() {
    FieldModel otherPaging = field("pagination", new TypeRef.Named("Thing"));
    MethodModel withoutPagination = method("x.thing.list", false, itemsOf("Thing"));
    MethodModel withoutItems = method("x.thing.search", true, List.of(field("total", scalar(ScalarType.INTEGER))));
    MethodModel itemsNotAnArray = method("x.thing.find", true, List.of(field("items", new TypeRef.Named("Thing"))));
    MethodModel wrongType =
        new MethodModel("x.thing.scan", "x", MethodKind.READ, "Anyone.", "Scans.", Optional.empty(),
            "https://example.com", Optional.empty(), List.of(otherPaging), itemsOf("Thing"), "Things.",
            List.of(), Optional.empty(), List.of(), HERE, Optional.empty());

    SpecModel model =
        new SpecModel(List.of(itemsNotAnArray, withoutPagination, wrongType, withoutItems), types(), List.of());
    assertThat(pagingMethods(model)).isEmpty();
  }

  @Test
  void pagedInterfacesCompileWarningFreeWithTheirJavadoc() {
    SpecModel model =
        new SpecModel(
            List.of(method("x.thing.list", true, itemsOf("Thing")), method("x.thing.search", true, itemsOf("Thing"))),
            types(),
            List.of());
    Compilation compilation = GeneratedSources.compile(model);
    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
  }

  private static Map<String, List<String>> pagingMethods(SpecModel model) {
    Map<String, List<String>> paging = new TreeMap<>();
    for (JavaFile file : new SpecWriter(GeneratedSources.BASE).write(model)) {
      List<String> defaults =
          file.typeSpec().methodSpecs().stream()
              .filter(m -> m.modifiers().contains(Modifier.DEFAULT))
              .map(PagedListWriterTest::signature)
              .sorted()
              .toList();
      if (!defaults.isEmpty()) {
        paging.put(SpecWriter.qualifiedName(file), defaults);
      }
    }
    return paging;
  }

  private static String signature(MethodSpec method) {
    StringBuilder text = new StringBuilder(method.name()).append('(');
    for (int i = 0; i < method.parameters().size(); i++) {
      String type = method.parameters().get(i).type().toString();
      text.append(i == 0 ? "" : ",").append(type.substring(type.lastIndexOf('.') + 1));
    }
    return text.append(')').toString();
  }

  private static JavaFile apiOf(SpecModel model) {
    return new SpecWriter(GeneratedSources.BASE)
        .write(model).stream()
            .filter(f -> f.typeSpec().name().endsWith("Api"))
            .findFirst()
            .orElseThrow();
  }

  private static MethodModel method(String name, boolean paged, List<FieldModel> result) {
    List<FieldModel> params =
        paged
            ? List.of(field("name", scalar(ScalarType.STRING)), field("pagination", new TypeRef.Named("Pagination")))
            : List.of(field("name", scalar(ScalarType.STRING)));
    return new MethodModel(name, "x", MethodKind.READ, "Anyone.", "Lists things.", Optional.empty(),
        "https://example.com", Optional.empty(), params, result, "Things.", List.of(), Optional.empty(),
        List.of(), HERE, Optional.empty());
  }

  private static List<FieldModel> itemsOf(String type) {
    return List.of(field("items", new TypeRef.ArrayOf(new TypeRef.Named(type))));
  }

  private static List<NamedType> types() {
    TypeRef integer = scalar(ScalarType.INTEGER);
    return List.of(
        new NamedType("Pagination", "x", "Paging.",
            new TypeRef.InlineObject(List.of(field("page", integer), field("limit", integer), field("offset", integer))),
            HERE),
        new NamedType("Thing", "x", "A thing.", new TypeRef.InlineObject(List.of(field("id", integer))), HERE));
  }

  private static TypeRef scalar(ScalarType type) {
    return new TypeRef.Scalar(type);
  }

  private static FieldModel field(String name, TypeRef type) {
    return new FieldModel(
        name, type, false, false, Optional.empty(), Optional.empty(), "The " + name + ".", HERE, List.of());
  }
}
