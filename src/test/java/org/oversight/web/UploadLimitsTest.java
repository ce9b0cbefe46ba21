package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.MultipartConfigElement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

class UploadLimitsTest {
    @Controller
    static class TooLargeUpload {
        @PostMapping({"/upload", "/api/upload"})
        String upload() {
            throw new MaxUploadSizeExceededException(DataSize.ofMegabytes(20).toBytes());
        }
    }

    @Test
    @DisplayName("should take the upload limit from one setting, oversight.import.max-size, and no other")
    void limitsAreConfigured() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        assertThat(properties.get("oversight.import.max-size")).hasToString("20MB");
        assertThat(properties).doesNotContainKeys("spring.servlet.multipart.max-file-size",
                "spring.servlet.multipart.max-request-size", "oversight.import.max-bytes");
    }

    @Test
    @DisplayName("should answer a too-large upload with 413 and the error page naming the limit")
    void tooLargeUploadGetsAClearPage() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new TooLargeUpload())
                .setControllerAdvice(new UploadLimits(uploadConfig(DataSize.ofMegabytes(20)))).build();

        mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "plan.xlsx", null, new byte[10])))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("status", 413))
                .andExpect(model().attribute("maxUploadMegabytes", 20L));
    }

    @Test
    @DisplayName("should answer a too-large upload to the API with 413 as a problem detail naming the limit in MB")
    void tooLargeApiUploadGetsAProblemDetail() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new TooLargeUpload())
                .setControllerAdvice(new UploadLimits(uploadConfig(DataSize.ofMegabytes(20)))).build();

        var response = mvc.perform(multipart("/api/upload").file(new MockMultipartFile("file", "plan.json", null, new byte[10])))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413", "smaller than 20 MB");
    }

    private static ObjectProvider<MultipartConfigElement> uploadConfig(DataSize file) {
        MultipartConfigElement config = new MultipartConfigElement("", file.toBytes(), file.toBytes() + 1024 * 1024, 0);
        return new StaticListableBeanFactory(Map.of("multipartConfigElement", config)).getBeanProvider(MultipartConfigElement.class);
    }
}
