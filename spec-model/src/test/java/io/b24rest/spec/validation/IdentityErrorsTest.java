package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.METHOD;
import static io.b24rest.spec.validation.SeedSpecs.assertOnly;
import static io.b24rest.spec.validation.SeedSpecs.method;
import static io.b24rest.spec.validation.SeedSpecs.methodPath;
import static io.b24rest.spec.validation.SeedSpecs.readMethod;
import static io.b24rest.spec.validation.SeedSpecs.replaceOnce;
import static io.b24rest.spec.validation.SeedSpecs.smallMethod;

import io.b24rest.spec.reader.SpecSource;
import org.junit.jupiter.api.Test;

/** Problems with how a file's method and scope agree with its name and folder. */
class IdentityErrorsTest {

  @Test
  void methodNameThatDoesNotMatchTheFileName() {
    String spec = replaceOnce(method(), "method: humanresources.node.communication.list\n", "method: humanresources.node.communication.lst\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        3,
        9,
        "method 'humanresources.node.communication.lst' does not match the file name 'humanresources.node.communication.list.yaml'",
        "write 'method: humanresources.node.communication.list' or rename the file to 'humanresources.node.communication.lst.yaml'");
  }

  @Test
  void scopeThatDoesNotMatchTheFolder() {
    String spec = replaceOnce(method(), "scope: humanresources\n", "scope: hr\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        4,
        8,
        "scope 'hr' does not match the folder 'humanresources'",
        "write 'scope: humanresources' or move the file to the folder 'hr'");
  }

  @Test
  void methodThatDoesNotStartWithItsScope() {
    String path = methodPath("hr.node.delete");
    assertOnly(
        readMethod(method(), new SpecSource(path, smallMethod("hr.node.delete", "  []\n"))),
        path,
        2,
        9,
        "method 'hr.node.delete' does not start with its scope 'humanresources.'",
        "put the method in the folder of the scope its name starts with, and write that scope");
  }

  @Test
  void methodNameWithoutAGroup() {
    String path = methodPath("delete");
    assertOnly(
        readMethod(method(), new SpecSource(path, smallMethod("delete", "  []\n"))),
        path,
        2,
        9,
        "method name 'delete' is not dot-separated words such as scope.entity.action",
        "write the method name exactly as the REST address has it, for example humanresources.node.list");
  }

  @Test
  void typesFileNamedAfterAnotherScope() {
    String path = "bitrix24/spec/humanresources/hr.types.yaml";
    String types = "spec: 2\nscope: humanresources\ntypes: []\n";
    assertOnly(
        readMethod(method(), new SpecSource(path, types)),
        path,
        2,
        8,
        "scope 'humanresources' does not match the file name 'hr.types.yaml'",
        "name the types file of scope 'humanresources' 'humanresources.types.yaml'");
  }

  @Test
  void fileNameOfNoSpecKind() {
    String path = "bitrix24/spec/humanresources/notes.txt";
    assertOnly(
        readMethod(method(), new SpecSource(path, "anything")),
        path,
        1,
        1,
        "'notes.txt' is not a spec file name",
        "name a method file <method>.yaml, a types file <scope>.types.yaml, the shared types common.types.yaml"
            + " and the error catalogue common-errors.yaml");
  }
}
