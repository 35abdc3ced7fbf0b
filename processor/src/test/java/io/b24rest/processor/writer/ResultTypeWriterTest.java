package io.b24rest.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.b24rest.spec.model.SpecModel;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A method whose result is a named type answers {@code ApiResponse<Type>}, with no own record. */
class ResultTypeWriterTest {

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
    assertThat(files.get("io.b24rest.api.Bitrix24Methods").replaceAll("\\s+", " "))
        .contains("ThingApi.class, \"add\", ThingAddRequest.class, Thing.class)");
  }

  @Test
  void itCompilesWarningFree() {
    Compilation compilation = GeneratedSources.compile(model());
    assertThat(compilation.errors()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
  }

  private static SpecModel model() {
    return SpecFixtures.of(
        Map.of(
            "x/x.thing.add.yaml",
            SpecFixtures.method(
                "x.thing.add", "write", "  - {name: title, type: string, description: The title.}\n", "  type: Thing\n",
                "types:\n  - name: Thing\n    description: A thing.\n    fields:\n"
                    + "      - {name: id, type: integer, description: The id.}\n")));
  }
}
