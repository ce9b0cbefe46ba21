package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
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
        @PostMapping("/upload")
        String upload() {
            throw new MaxUploadSizeExceededException(DataSize.ofMegabytes(20).toBytes());
        }
    }

    @Test
    @DisplayName("should limit uploads to 21 MB a file and 22 MB a request, just above the import limit")
    void limitsAreConfigured() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        assertThat(properties.get("spring.servlet.multipart.max-file-size")).hasToString("21MB");
        assertThat(properties.get("spring.servlet.multipart.max-request-size")).hasToString("22MB");
    }

    @Test
    @DisplayName("should answer a too-large upload with 413 and the error page naming the limit")
    void tooLargeUploadGetsAClearPage() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new TooLargeUpload())
                .setControllerAdvice(new UploadLimits(DataSize.ofMegabytes(20))).build();

        mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "plan.xlsx", null, new byte[10])))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("status", 413))
                .andExpect(model().attribute("maxUploadMegabytes", 20L));
    }
}
