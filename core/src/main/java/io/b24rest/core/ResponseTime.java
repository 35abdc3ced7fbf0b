package io.b24rest.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code time} block of every REST 3.0 answer: how long the call took and how much of the
 * method's operating budget is used.
 *
 * @param start Unix time the portal started the call, in seconds
 * @param finish Unix time the portal finished the call, in seconds
 * @param duration wall time of the call, in seconds
 * @param processing time spent in the method itself, in seconds
 * @param dateStart {@code start} as an ISO-8601 date-time
 * @param dateFinish {@code finish} as an ISO-8601 date-time
 * @param operatingResetAt Unix time when the oldest minute basket of the operating limit is dropped
 * @param operating accumulated execution time of this method over the last ten minutes, in seconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseTime(
    @Nullable Double start,
    @Nullable Double finish,
    @Nullable Double duration,
    @Nullable Double processing,
    @JsonProperty("date_start") @Nullable String dateStart,
    @JsonProperty("date_finish") @Nullable String dateFinish,
    @JsonProperty("operating_reset_at") @Nullable Long operatingResetAt,
    @Nullable Double operating) {}
