package org.oversight.account.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real form, as a browser would, and reads the pages that follow. */
final class SignInPages {
    private SignInPages() {
    }

    static String signIn(MockMvc mvc, MockHttpSession session, String username, String password, String address)
            throws Exception {
        return mvc.perform(post("/sign-in").session(session).with(csrf())
                        .param("username", username).param("password", password)
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    static Document page(MockMvc mvc, MockHttpSession session, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString());
    }

    static String errorSummary(Document page) {
        return page.select(".govuk-error-summary__list").text();
    }
}
