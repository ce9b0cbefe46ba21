package org.oversight.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Serves {@code /assets/**}: our own files from {@code static/assets}, then GOV.UK Frontend's
 * fonts and images, which its stylesheet expects at {@code /assets/fonts} and
 * {@code /assets/images}; and {@code /webjars/**} without versions in the path. These are the
 * only static paths: Spring Boot's catch-all {@code /**} mapping is off
 * ({@code spring.web.resources.add-mappings: false}), because with it every link a page writes
 * was looked up on the classpath first (hundreds of jar lookups for a plan's dashboard).
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
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
