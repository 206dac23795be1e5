package com.jetops.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.jetops.api.common.ErrorCategory;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import com.jetops.api.common.RuleViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every refusal into RFC 9457 problem+json: a stable {@code type} per {@link ErrorCode},
 * a human {@code detail}, the {@code code}, and {@code errors} naming the fields at fault.
 * A client's mistake is always a 4xx; only our own faults become 5xx, without internals.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final String TYPE_PREFIX = "urn:jetops:problem:";

    /** One field at fault. */
    public record FieldProblem(String field, String message) {
    }

    public static ProblemDetail problem(Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatus(statusOf(refusal.code().category()));
        problem.setType(URI.create(TYPE_PREFIX + refusal.code().slug()));
        problem.setTitle(titleOf(refusal.code()));
        problem.setDetail(refusal.message());
        problem.setProperty("code", refusal.code().name());
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(refusal.field(), refusal.message())));
        }
        return problem;
    }

    static HttpStatus statusOf(ErrorCategory category) {
        return switch (category) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    private static String titleOf(ErrorCode code) {
        String words = code.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolated(RuleViolationException e) {
        return respond(problem(e.refusal()));
    }

    /**
     * Refusals from command handlers arrive wrapped by the command bus; the {@link Refusal}
     * rides along as the exception's details, so this works through Axon Server too.
     */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        Optional<Object> details = e.getDetails();
        if (details.isPresent() && details.get() instanceof Refusal refusal) {
            return respond(problem(refusal));
        }
        if (e.getCause() instanceof RuleViolationException violation) {
            return respond(problem(violation.refusal()));
        }
        return unexpected(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return respond(problem(new Refusal(ErrorCode.NOT_FOUND, null,
                "Nothing exists with id " + e.getAggregateIdentifier())));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException e) {
        return respond(problem(new Refusal(ErrorCode.CONCURRENT_MODIFICATION, null,
                "Another change to the same record won the race; read it again and retry")));
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Object> storeUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return unavailable("store-unavailable", "The database is not reachable right now; nothing was changed.");
    }

    /** 503 with Retry-After: the client did nothing wrong and may simply try again. */
    public static ResponseEntity<Object> unavailable(String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                detail + " Retry shortly.");
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e) {
        Throwable cause = rootCause(e);
        if (cause instanceof RuleViolationException violation) {
            return respond(problem(new Refusal(violation.code(), e.getName(), violation.getMessage())));
        }
        return respond(problem(new Refusal(ErrorCode.INVALID_VALUE, e.getName(),
                "'" + e.getValue() + "' is not a valid " + e.getName())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (e instanceof HandlerExecutionException handlerFailure
                && handlerFailure.getCause() instanceof RuleViolationException violation) {
            return respond(problem(violation.refusal()));
        }
        if (BackingServices.unreachable(e)) {
            log.warn("Backing service unreachable: {}", rootCause(e).toString());
            return unavailable("service-unavailable", "A backing service (database or search) is not reachable.");
        }
        log.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An internal error occurred; it has been logged.");
        problem.setType(URI.create(TYPE_PREFIX + "internal-error"));
        problem.setTitle("Internal error");
        return respond(problem);
    }

    /** Malformed JSON, wrong types and value types refusing their content: all 400, naming the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause != null && rootCause(cause) instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
            return respond(problem(tooLarge.refusal()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            Throwable root = rootCause(mapping);
            if (root instanceof RuleViolationException violation) {
                return respond(problem(new Refusal(violation.code(), field, violation.getMessage())));
            }
            return respond(problem(new Refusal(ErrorCode.INVALID_VALUE, field,
                    field + " has the wrong type or format: " + mapping.getOriginalMessage())));
        }
        if (cause != null && rootCause(cause) instanceof RuleViolationException violation) {
            return respond(problem(violation.refusal()));
        }
        String detail = cause instanceof JsonProcessingException json
                ? "Malformed JSON: " + json.getOriginalMessage()
                : "The request body is missing or unreadable";
        return respond(problem(new Refusal(ErrorCode.MALFORMED_REQUEST, null, detail)));
    }

    /**
     * Spring's own refusals (405 wrong method, 415 no JSON, 404 no such route, a missing
     * parameter) get our stable type and a code too, instead of "about:blank".
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String name = known == null ? "HTTP_" + status.value() : known.name();
            problem.setType(URI.create(TYPE_PREFIX + name.toLowerCase().replace('_', '-')));
            problem.setProperty("code", name);
        }
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), describe(error)))
                .toList();
        String detail = errors.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(new Refusal(ErrorCode.INVALID_VALUE, null, detail));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    private static String describe(FieldError error) {
        return Optional.ofNullable(error.getDefaultMessage()).orElse("is invalid");
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    /** Lets controllers answer a problem for query results too (e.g. 404 on a missing view). */
    public static ResponseEntity<Object> respondWith(Refusal refusal) {
        return respond(problem(refusal));
    }

}
