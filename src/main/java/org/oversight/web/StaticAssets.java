package org.oversight.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves {@code /assets/**}: our own files from {@code static/assets}, then GOV.UK Frontend's
 * fonts and images, which its stylesheet expects at {@code /assets/fonts} and
 * {@code /assets/images}.
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {
    private static final String WEBJAR = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(WEBJAR);
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/static/assets/",
                "classpath:/META-INF/resources/webjars/" + WEBJAR + "/" + version + "/dist/govuk/assets/");
    }
}
