package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.ScalarType;
import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A method whose result is a named type answers {@code ApiResponse<Type>}, with no own record. */
class ResultTypeWriterTest {
  private static final SourceLocation HERE = new SourceLocation("test.yaml", 1, 1);

  @Test
  void theNamedTypeIsTheResultEverywhere() {
    Map<String, String> files =
        new SpecWriter(GeneratedSources.BASE)
            .write(model()).stream()
                .collect(Collectors.toMap(SpecWriter::qualifiedName, JavaFile::toString));

    assertThat(files).doesNotContainKey("io.b24rest.api.x.ThingAddResult");
    assertThat(files.get("io.b24rest.api.x.ThingApi")).contains("ApiResponse<Thing> add(ThingAddRequest request)");
    assertThat(files.get("io.b24rest.api.x.ThingAddRequest")).contains("implements Bitrix24Request<Thing>");
    assertThat(files.get("io.b24rest.api.x.ThingAddRequest")).contains("return Thing.class;");
    assertThat(files.get("io.b24rest.api.Bitrix24Methods"))
        .contains("ThingApi.class, \"add\", ThingAddRequest.class, Thing.class)");
  }

  @Test
  void itCompilesWarningFree() {
    Compilation compilation = GeneratedSources.compile(model());
    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
  }

  private static SpecModel model() {
    FieldModel id = field("id");
    MethodModel add =
        new MethodModel("x.thing.add", "x", MethodKind.WRITE, "Anyone.", "Adds a thing.", Optional.empty(),
            "https://example.com", Optional.empty(), List.of(field("title")), List.of(id), "The thing.",
            List.of(), Optional.empty(), List.of(), HERE, Optional.of("Thing"));
    NamedType thing = new NamedType("Thing", "x", "A thing.", new TypeRef.InlineObject(List.of(id)), HERE);
    return new SpecModel(List.of(add), List.of(thing), List.of());
  }

  private static FieldModel field(String name) {
    return new FieldModel(name, new TypeRef.Scalar(ScalarType.INTEGER), false, false, Optional.empty(),
        Optional.empty(), "The " + name + ".", HERE, List.of());
  }
}
