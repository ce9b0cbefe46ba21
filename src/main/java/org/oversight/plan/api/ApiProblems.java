package org.oversight.plan.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.oversight.plan.ActionChangedMeanwhile;
import org.oversight.plan.PlanItemNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Every API error as an RFC 9457 problem detail with a message a person can act on. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(PlanItemNotFound.class)
    ProblemDetail notFound(PlanItemNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail noSuchElement(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(ActionChangedMeanwhile.class)
    ProblemDetail changedMeanwhile(ActionChangedMeanwhile e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "Changed since you loaded it", e.getMessage());
        p.setProperty("currentVersion", e.currentVersion());
        p.setProperty("changedBy", e.changedBy());
        p.setProperty("changedAt", e.changedAt());
        p.setProperty("change", e.change());
        return p;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail raced(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Changed since you loaded it",
                "Someone changed this at the same moment. Reload it and try again.");
    }

    @ExceptionHandler(InvalidQuery.class)
    ProblemDetail invalidQuery(InvalidQuery e) {
        return invalid(List.of(Map.of("field", e.parameter(), "message", e.getMessage())), e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // an id no thing can have (too large, not a number) names nothing: not found, as a missing one
            return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address.");
        }
        String message = e.getName() + ": '" + e.getValue() + "' is not a valid value";
        return invalid(List.of(Map.of("field", e.getName(), "message", message)), message);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", f.getField() + ": " + message(f))).toList();
        String detail = String.join("; ", errors.stream().map(m -> m.get("message")).toList());
        return ResponseEntity.badRequest().body(invalid(errors, detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not valid JSON for this operation";
        List<Map<String, String>> errors = List.of();
        if (e.getCause() instanceof JacksonException j && !j.getPath().isEmpty()) {
            String field = j.getPath().stream().map(r -> r.getPropertyName() == null ? "[" + r.getIndex() + "]"
                    : r.getPropertyName()).reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            detail = field + ": " + readable(j);
            errors = List.of(Map.of("field", field, "message", detail));
        }
        return ResponseEntity.badRequest().body(invalid(errors, detail));
    }

    private static String readable(JacksonException j) {
        if (j instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        }
        if (j instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName();
        }
        return j.getOriginalMessage().split("\n")[0];
    }

    private static String message(FieldError f) {
        return f.getDefaultMessage() == null ? "is not valid" : f.getDefaultMessage();
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors, String detail) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        p.setProperty("errors", errors);
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
