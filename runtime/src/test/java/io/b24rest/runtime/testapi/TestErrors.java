package io.b24rest.runtime.testapi;

import io.b24rest.core.ApiError;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.core.spi.ApiErrorFactory;

/** A hand-written stand-in for the generated error registry, with a few typed exceptions. */
public final class TestErrors implements ApiErrorFactory {
  public static final TestErrors INSTANCE = new TestErrors();

  private TestErrors() {}

  @Override
  public Bitrix24ApiException create(ApiError error) {
    return switch (error.code()) {
      case "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION" -> new EntityNotFoundException(error);
      case "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION" ->
          new RequestValidationException(error);
      case "QUERY_LIMIT_EXCEEDED" -> new QueryLimitExceededException(error);
      case "BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION" -> new RateLimitException(error);
      case "OPERATION_TIME_LIMIT" -> new OperationTimeLimitException(error);
      case "expired_token" -> new ExpiredTokenException(error);
      case "INTERNAL_SERVER_ERROR" -> new InternalServerErrorException(error);
      default -> new Bitrix24ApiException(error);
    };
  }

  /** Test exception. */
  public static final class EntityNotFoundException extends Bitrix24ApiException {
    private static final long serialVersionUID = 1L;

    EntityNotFoundException(ApiError error) {
      super(error);
    }
  }

  /** Test exception. */
  public static final class RequestValidationException extends Bitrix24ApiException {
    private static final long serialVersionUID = 1L;

    RequestValidationException(ApiError error) {
      super(error);
    }
  }

  /** Test exception. */
  public static final class QueryLimitExceededException extends Bitrix24ApiException {
    private static final long serialVersionUID = 1L;

    QueryLimitExceededException(ApiError error) {
      super(error);
    }
  }

  /** Test exception. */
  public static final class RateLimitException extends Bitrix24ApiException {
    private static final long serialVersionUID = 1L;

    RateLimitException(ApiError error) {
      super(error);
    }
  }

  /** Test exception. */
  public static final class OperationTimeLimitException extends Bitrix24ApiException {
    private static final long serialVersionUID = 1L;

    OperationTimeLimitException(ApiError error) {
      super(error);
    }
  }

  /** Test exception. */
  public static final class ExpiredTokenException extends Bitrix24ApiException {
    private static final long serialVersionUID = 1L;

    ExpiredTokenException(ApiError error) {
      super(error);
    }
  }

  /** Test exception. */
  public static final class InternalServerErrorException extends Bitrix24ApiException {
    private static final long serialVersionUID = 1L;

    InternalServerErrorException(ApiError error) {
      super(error);
    }
  }
}
