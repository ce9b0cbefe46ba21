package org.oversight.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an upload larger than {@code spring.servlet.multipart.max-file-size} (or a request
 * larger than {@code max-request-size}) with a page that says so and gives the limit, status 413.
 */
@ControllerAdvice
class UploadLimits {
    private final DataSize maxFileSize;

    UploadLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("maxUploadMegabytes", maxFileSize.toMegabytes());
        return page;
    }
}
