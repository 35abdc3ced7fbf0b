package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.Paging;
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
  @Test
  void exactlyTheMethodsWhosePagingWalksGetAWalkerAmongTheRealSpecs() {
    SpecReadResult read =
        SpecReader.readClassPath(getClass().getClassLoader(), "bitrix24/spec/index.txt");
    SpecModel model = read.model().orElseThrow();
    ApiNames names = new ApiNames(GeneratedSources.BASE, model);
    // What the specs say: a method whose paging walks (page or cursor, not single) gets
    // <action>All with its overloads in its interface, a page-style one also the bulk read with
    // ListOptions; no other method gets a default method taking arguments (a method without
    // required params also gets one without any: count()).
    Map<String, List<String>> expected = new TreeMap<>();
    for (MethodModel method : model.methods()) {
      if (method.paging().filter(p -> p.style() != Paging.Style.SINGLE).isPresent()) {
        String walker = names.javaMethod(method) + "All";
        String request = names.request(method).simpleName();
        expected.computeIfAbsent(names.api(method).canonicalName(), api -> new java.util.ArrayList<>())
            .addAll(List.of(walker + "(" + request + ")", walker + "(" + request + ",int)",
                walker + "(" + request + ",int,int)"));
        if (method.paging().orElseThrow().style() == Paging.Style.PAGE) {
          expected.get(names.api(method).canonicalName()).add(walker + "(" + request + ",ListOptions)");
        }
      }
    }
    expected.values().forEach(list -> list.sort(null));
    assertThat(expected).containsEntry("io.b24rest.api.humanresources.NodeApi",
        List.of("listAll(NodeListRequest)", "listAll(NodeListRequest,ListOptions)",
            "listAll(NodeListRequest,int)", "listAll(NodeListRequest,int,int)"));
    assertThat(pagingMethods(model)).isEqualTo(expected);
  }

  private static Map<String, List<String>> pagingMethods(SpecModel model) {
    Map<String, List<String>> paging = new TreeMap<>();
    for (JavaFile file : new SpecWriter(GeneratedSources.BASE).write(model)) {
      List<String> defaults =
          file.typeSpec().methodSpecs().stream()
              .filter(m -> m.modifiers().contains(Modifier.DEFAULT) && !m.parameters().isEmpty())
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
}
