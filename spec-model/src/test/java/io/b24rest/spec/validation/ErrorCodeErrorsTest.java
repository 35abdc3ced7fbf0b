package io.b24rest.spec.validation;

import static io.b24rest.spec.validation.SeedSpecs.CATALOGUE;
import static io.b24rest.spec.validation.SeedSpecs.METHOD;
import static io.b24rest.spec.validation.SeedSpecs.assertOnly;
import static io.b24rest.spec.validation.SeedSpecs.lineOf;
import static io.b24rest.spec.validation.SeedSpecs.method;
import static io.b24rest.spec.validation.SeedSpecs.methodPath;
import static io.b24rest.spec.validation.SeedSpecs.readMethod;
import static io.b24rest.spec.validation.SeedSpecs.replaceOnce;
import static io.b24rest.spec.validation.SeedSpecs.smallMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Problems with error codes: each must resolve to one status and one exception. */
class ErrorCodeErrorsTest {
  private static final String ACCESS_DENIED = "- code: BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION\n";

  @Test
  void codeMissingFromTheCatalogueWithoutStatusAndExceptionGetsADerivedExceptionAndNoStatus() {
    String spec = replaceOnce(method(), ACCESS_DENIED, "- code: HR_NOT_ALLOWED\n");
    SpecReadResult result = readMethod(spec);
    assertEquals(List.of(), result.diagnostics());
    ErrorCode code =
        result.model().orElseThrow().errorCodes().stream().filter(c -> c.code().equals("HR_NOT_ALLOWED")).findFirst().orElseThrow();
    assertEquals(Optional.empty(), code.status());
    assertEquals("HumanresourcesHrNotAllowed", code.exception());
  }

  @Test
  void aDerivedExceptionNameThatClashesIsReportedWithTheFix() {
    String spec = replaceOnce(method(), ACCESS_DENIED, "- code: HR_NOT_ALLOWED\n    exception: HumanresourcesHrNotAllowed\n"
        + "    description: x\n    fix: y\n  - code: hr_not_allowed\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "- code: hr_not_allowed"),
        11,
        "error code 'hr_not_allowed' gets the exception name 'HumanresourcesHrNotAllowed' (derived from the code), which is"
            + " already the exception of 'HR_NOT_ALLOWED' at " + METHOD + ":" + lineOf(spec, "- code: HR_NOT_ALLOWED") + ":5",
        "name this code's exception yourself with 'exception: <UpperCamelCase name>'");
  }

  @Test
  void codeMissingFromTheCatalogueWithStatusAndExceptionHasItsOwnErrorCode() {
    String spec = replaceOnce(method(), ACCESS_DENIED, "- code: HR_NOT_ALLOWED\n    status: 403\n    exception: HrNotAllowed\n");
    SpecReadResult result = readMethod(spec);
    assertEquals(List.of(), result.diagnostics());
    ErrorCode code =
        result.model().orElseThrow().errorCodes().stream().filter(c -> c.code().equals("HR_NOT_ALLOWED")).findFirst().orElseThrow();
    assertEquals(403, code.httpStatus());
    assertEquals("HrNotAllowed", code.exception());
    assertEquals("Access denied", code.description());
    assertEquals(METHOD, code.location().file());
  }

  @Test
  void catalogueCodeDeclaredWithAnotherStatus() {
    String spec =
        replaceOnce(
            method(), "- code: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION\n", "- code: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION\n    status: 404\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "status: 404"),
        13,
        "error code 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION' has status 404 here but status 400 at " + CATALOGUE + ":"
            + lineOf(SeedSpecs.catalogue(), "- code: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION") + ":5",
        "give the code the same status and exception everywhere, or leave them out where the code is already declared");
  }

  @Test
  void codeDeclaredByTwoMethodsWithDifferentExceptions() {
    String first = replaceOnce(method(), ACCESS_DENIED, "- code: HR_LOCKED\n    status: 423\n    exception: Locked\n");
    String otherPath = methodPath("humanresources.node.delete");
    String other =
        smallMethod(
            "humanresources.node.delete",
            "  - code: HR_LOCKED\n    status: 423\n    exception: NodeLocked\n    description: Locked.\n    fix: Unlock.\n");
    assertOnly(
        readMethod(first, new SpecSource(otherPath, other)),
        otherPath,
        lineOf(other, "exception: NodeLocked"),
        16,
        "error code 'HR_LOCKED' has exception 'NodeLocked' here but exception 'Locked' at " + METHOD + ":"
            + lineOf(first, "- code: HR_LOCKED") + ":5",
        "give the code the same status and exception everywhere, or leave them out where the code is already declared");
  }

  @Test
  void exceptionNameThatIsNotUpperCamelCase() {
    String spec = replaceOnce(method(), ACCESS_DENIED, "- code: HR_NOT_ALLOWED\n    status: 403\n    exception: hr_not_allowed\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "exception: hr_not_allowed"),
        16,
        "exception name 'hr_not_allowed' is not UpperCamelCase",
        "write the exception's base name as 'HrNotAllowed'; 'Exception' is appended");
  }

  @Test
  void twoCodesWithOneExceptionName() {
    String spec = replaceOnce(method(), ACCESS_DENIED, "- code: HR_NOT_ALLOWED\n    status: 403\n    exception: AccessDenied\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "exception: AccessDenied"),
        16,
        "exception 'AccessDenied' of error code 'HR_NOT_ALLOWED' is already the exception of"
            + " 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION' at " + CATALOGUE + ":"
            + lineOf(SeedSpecs.catalogue(), ACCESS_DENIED) + ":5",
        "give each error code an exception name of its own");
  }

  @Test
  void catalogueEntryWithoutException() {
    String catalogue = replaceOnce(SeedSpecs.catalogue(), "    exception: InvalidJson\n", "");
    SpecReadResult result =
        io.b24rest.spec.reader.SpecReader.read(List.of(new SpecSource(METHOD, method()), new SpecSource(CATALOGUE, catalogue)));
    assertOnly(
        result,
        CATALOGUE,
        lineOf(catalogue, "- code: BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION"),
        5,
        "missing key 'exception' in error 'BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION'",
        "add 'exception:' to error 'BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION'");
  }

  @Test
  void fieldThatIsNoParamOfTheMethod() {
    String spec = replaceOnce(method(), "- code: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION\n    field: id\n",
        "- code: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION\n    field: idd\n");
    assertOnly(
        readMethod(spec),
        METHOD,
        lineOf(spec, "field: idd"),
        12,
        "field 'idd' of error 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION' is not a param of the method",
        "did you mean 'id'? write the name of a param (id), or leave 'field' out");
  }
}
