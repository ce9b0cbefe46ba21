package org.oversight.web;

import jakarta.servlet.MultipartConfigElement;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page is given when an error happens outside any controller (an upload over
 * the limit is found while the security filters read the form): Spring Boot's attributes, plus
 * the upload limit in MB, so the page names the limit that applies, not a default.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {
    private final long maxUploadMegabytes;

    ErrorPageAttributes(ObjectProvider<MultipartConfigElement> multipart) {
        this.maxUploadMegabytes = UploadLimits.megabytes(multipart);
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.put("maxUploadMegabytes", maxUploadMegabytes);
        return attributes;
    }
}
