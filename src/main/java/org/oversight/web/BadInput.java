package org.oversight.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's address or form value that cannot be read as what it should be answers in words on
 * the error page, never as a server error: an id in the address that no thing can have (not a
 * number, or too large for one: {@code /actions/99999999999999999999}) is not found (404), as a
 * missing one; another unreadable value is a bad request (400). The API answers its own way.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadInput {
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException e) {
        HttpStatus status = e.getParameter().hasParameterAnnotation(PathVariable.class) ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
