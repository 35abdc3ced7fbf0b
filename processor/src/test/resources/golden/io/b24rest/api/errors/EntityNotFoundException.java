package io.b24rest.api.errors;

import io.b24rest.core.ApiError;
import io.b24rest.core.Bitrix24ApiException;
import javax.annotation.processing.Generated;

/**
 * An object with the passed identifier is not found.
 *
 * <p>Error code {@code BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION}, HTTP status 400.
 *
 * <p>Fix: Pass the identifier of an existing object.
 */
@Generated("io.b24rest.processor.SpecProcessor")
public class EntityNotFoundException extends Bitrix24ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The error code this exception stands for.
   */
  public static final String CODE = "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION";

  /**
   * @param error the decoded error answer, with code {@code
   *     BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION}
   */
  public EntityNotFoundException(ApiError error) {
    super(error);
  }
}
