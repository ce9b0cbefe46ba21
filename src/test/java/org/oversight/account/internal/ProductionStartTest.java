package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.account.AccountSummary;
import org.oversight.account.Accounts;
import org.oversight.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Starts as production does: demo switched off. Nothing may create an account by itself. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:oversight-production;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=false"})
@AutoConfigureMockMvc
class ProductionStartTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    @DisplayName("should create no account and list no demo accounts when the demo is off")
    void createsNoAccountWithoutDemo() throws Exception {
        assertThat(accounts.list()).isEmpty();

        Document page = Jsoup.parse(mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Sign in to Oversight");
        assertThat(page.text()).doesNotContain("demo-password", "Demo accounts");

        AccountProperties settings = new AccountProperties(new AccountProperties.Demo(false),
                new AccountProperties.BootstrapAdmin("chief", "a-chosen-strong-password", "Chief Officer"),
                new AccountProperties.SignIn(30));
        new AccountSetup(accounts, settings, true).run(null);

        assertThat(accounts.list()).extracting(AccountSummary::username).as("a command run creates it too").containsExactly("chief");
        assertThat(accounts.find("chief").orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);

        AccountProperties another = new AccountProperties(new AccountProperties.Demo(false),
                new AccountProperties.BootstrapAdmin("second", "another-strong-password", "Second"),
                new AccountProperties.SignIn(30));
        new AccountSetup(accounts, another, false).run(null);
        assertThat(accounts.exists("second")).as("bootstrap only applies while there are no accounts").isFalse();
    }
}
