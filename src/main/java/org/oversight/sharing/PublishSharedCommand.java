package org.oversight.sharing;

import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oversight publish-shared --to URL --token TOKEN [--group NAME] [--json]}: sends what this
 * instance's councils share now with the group (National unless named) to the instance at URL,
 * which replaces all this instance sent it before. The token may instead be given in the
 * environment variable {@code OVERSIGHT_PUBLISH_TOKEN}, kept out of the process list.
 * Exit 0 when received, 1 when refused or unreachable, 2 on bad usage.
 */
@Component
@Command(name = "publish-shared", mixinStandardHelpOptions = true,
        description = "Send what this instance's councils share with a group to another (national) instance.")
class PublishSharedCommand implements FeatureCommand {
    static final String TOKEN_VARIABLE = "OVERSIGHT_PUBLISH_TOKEN";
    private final StandingsPublisher publisher;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Option(names = "--to", required = true, paramLabel = "URL", description = "The receiving instance, e.g. https://national.example.gov.uk")
    URI to;
    @Option(names = "--token", paramLabel = "TOKEN", description = "The token the receiving instance issued to this one "
            + "(or set " + TOKEN_VARIABLE + ").")
    String token;
    @Option(names = "--group", paramLabel = "NAME", defaultValue = "National",
            description = "The group whose shares are sent (default: ${DEFAULT-VALUE}).")
    String group;

    PublishSharedCommand(@Lazy StandingsPublisher publisher, JsonMapper mapper) {
        this.publisher = publisher;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String secret = token != null ? token : System.getenv(TOKEN_VARIABLE);
        if (secret == null || secret.isBlank()) {
            return json.inputError(out, err, mapper, "NO_TOKEN", "Give the token the receiving instance issued, with --token or "
                    + TOKEN_VARIABLE + ".");
        }
        StandingsPublisher.Outcome sent;
        try {
            sent = publisher.publish(to, secret, group);
        } catch (SharingRefused e) {
            return json.inputError(out, err, mapper, "NO_GROUP", "There is no group called " + group + " here.");
        }
        if (sent.status() == 0) {
            return json.inputError(out, err, mapper, "UNREACHABLE", "Could not reach " + sent.endpoint() + ": " + sent.answer());
        }
        if (!sent.received()) {
            return json.inputError(out, err, mapper, sent.status() == 401 ? "REFUSED" : "NOT_RECEIVED",
                    sent.endpoint() + " answered " + sent.status() + ": " + sent.answer());
        }
        if (json.isJson()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("to", sent.endpoint().toString());
            document.put("group", group);
            document.put("councils", sent.councils());
            document.put("plans", sent.plans());
            document.put("figures", sent.figures());
            out.println(mapper.writeValueAsString(document));
        } else {
            out.println("Published to " + sent.endpoint() + " what " + sent.councils() + " councils share with " + group
                    + ": " + sent.plans() + " plans and " + sent.figures() + " indicator figures.");
        }
        return 0;
    }
}
