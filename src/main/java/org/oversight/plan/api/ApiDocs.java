package org.oversight.plan.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api/docs, with HTTP Basic as the way to sign in. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {
    static final String BASIC = "basic";

    @Bean
    OpenAPI oversightOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Oversight API").version("1")
                        .description("Improvement action plans, their actions, assessments and progress updates. "
                                + "Anyone may read published plans; sign in with HTTP Basic (or a signed-in session) "
                                + "to read the rest and to post updates. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your Oversight username and password")));
    }
}
