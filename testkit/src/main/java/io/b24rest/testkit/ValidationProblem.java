package io.b24rest.testkit;

/**
 * One entry of {@code error.validation[]}.
 *
 * @param field the param at fault: {@code id}, {@code settings.name}, {@code userIds[1]}
 * @param message what is wrong, in the portal's wording where the docs show it
 */
record ValidationProblem(String field, String message) {}
