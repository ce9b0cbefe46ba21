package org.oversight.importing.formats;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The import limits, and the web's upload limits made from them: one setting,
 * {@code oversight.import.max-size}, bounds both the file an import reads and the file a form
 * may upload (the request may be 1 MB larger, for the form's other fields). This replaces
 * {@code spring.servlet.multipart.max-file-size} and {@code max-request-size}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FormatLimits.class)
class FormatsConfiguration {
    private static final long FORM_FIELDS = DataSize.ofMegabytes(1).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(FormatLimits limits) {
        long file = limits.maxSize().toBytes();
        return new MultipartConfigElement("", file, file + FORM_FIELDS, 0);
    }
}
