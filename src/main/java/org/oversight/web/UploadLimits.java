package org.oversight.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an upload larger than the web's limit (the application's {@link MultipartConfigElement},
 * made from {@code oversight.import.max-size}) with the error page that says so and gives the
 * limit, status 413.
 */
@ControllerAdvice
class UploadLimits {
    private static final long DEFAULT_MEGABYTES = 20;
    private final long maxUploadMegabytes;

    UploadLimits(ObjectProvider<MultipartConfigElement> multipart) {
        MultipartConfigElement config = multipart.getIfAvailable();
        this.maxUploadMegabytes = config == null || config.getMaxFileSize() <= 0 ? DEFAULT_MEGABYTES
                : config.getMaxFileSize() / (1024 * 1024);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("maxUploadMegabytes", maxUploadMegabytes);
        return page;
    }
}
