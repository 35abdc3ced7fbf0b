package io.b24rest.spectools;

import picocli.CommandLine;

/** The version picocli prints for {@code --version}: the jar's, where the manifest has one. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = SpecTools.class.getPackage().getImplementationVersion();
    return new String[] {"b24-spec-tools " + (version == null ? "(development build)" : version)};
  }
}
