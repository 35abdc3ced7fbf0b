package io.b24rest.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RenderAheadTest {
  private static final List<JavaFile> FILES =
      IntStream.range(0, 40)
          .mapToObj(i -> JavaFile.builder("p", TypeSpec.classBuilder("C" + i).build()).build())
          .toList();

  @Test
  void eachFileIsWrittenInOrderWithItsOwnTextOnTheCallingThread() throws Exception {
    Thread caller = Thread.currentThread();
    List<String> written = new ArrayList<>();
    RenderAhead.renderAndWrite(
        FILES,
        file -> {
          // The first files render slowest, so later ones are ready before them.
          int index = Integer.parseInt(file.typeSpec().name().substring(1));
          LockSupport.parkNanos(Math.max(0, 20 - index) * 200_000L);
          return file.toString();
        },
        (file, text) -> {
          assertSame(caller, Thread.currentThread(), "the Filer is called off javac's thread");
          assertEquals(file.toString(), text);
          written.add(file.typeSpec().name());
        });

    assertEquals(FILES.stream().map(file -> file.typeSpec().name()).toList(), written);
  }
}
