package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import java.util.List;

/**
 * A {@code <scope>.types.yaml} file as written.
 *
 * @param path the file's path
 * @param folder the folder it is in, which must be its scope
 * @param scope the {@code scope} value
 * @param types the named types it declares
 * @param location the start of the file
 */
public record TypesFileDraft(
    String path, String folder, Located<String> scope, List<NamedTypeDraft> types, SourceLocation location) {

  /** The scope the file name claims: {@code humanresources} of {@code humanresources.types.yaml}. */
  public String scopeFromFile() {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    return fileName.substring(0, fileName.length() - ".types.yaml".length());
  }
}
