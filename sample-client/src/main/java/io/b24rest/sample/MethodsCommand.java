package io.b24rest.sample;

import io.b24rest.api.Bitrix24Methods;
import io.b24rest.core.spi.MethodDescriptor;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code methods}: every method {@code call} can send, with its kind. Needs no connection. */
@Command(
    name = "methods",
    mixinStandardHelpOptions = true,
    description = "Lists every method 'call' can send, with its kind (read or write).")
final class MethodsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<MethodDescriptor> methods =
        Bitrix24Methods.all().stream().sorted(Comparator.comparing(MethodDescriptor::name)).toList();
    int width = methods.stream().mapToInt(m -> m.name().length()).max().orElse(0);
    PrintWriter out = spec.commandLine().getOut();
    for (MethodDescriptor m : methods) {
      out.println(
          m.name() + " ".repeat(width - m.name().length() + 2) + m.kind().name().toLowerCase(Locale.ROOT));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
