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
 * limit, status 413; under {@code /api}, with a problem detail (application/problem+json) that
 * gives the limit in MB.
 */
@ControllerAdvice
class UploadLimits {
    private static final long DEFAULT_MEGABYTES = 20;
    private final long maxUploadMegabytes;

    UploadLimits(ObjectProvider<MultipartConfigElement> multipart) {
        this.maxUploadMegabytes = megabytes(multipart);
    }

    /** The largest upload the web takes, in MB, from the application's multipart settings. */
    static long megabytes(ObjectProvider<MultipartConfigElement> multipart) {
        MultipartConfigElement config = multipart.getIfAvailable();
        return config == null || config.getMaxFileSize() <= 0 ? DEFAULT_MEGABYTES : config.getMaxFileSize() / (1024 * 1024);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
            // the API answers in its own way, as an RFC 9457 problem detail
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too large\",\"status\":413,"
                    + "\"detail\":\"The request must be smaller than " + maxUploadMegabytes + " MB.\"}");
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("maxUploadMegabytes", maxUploadMegabytes);
        return page;
    }
}
