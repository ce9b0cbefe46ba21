package org.oversight.sharing;

import java.io.PrintWriter;
import java.util.Map;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oversight sending-instance NAME --group GROUP [--revoke] [--json]}: on the receiving
 * (national) instance, lets the named instance publish its councils' shared standings here, shown
 * to the group, and prints its token once (a second run issues a new one, and the old one stops
 * working); with {@code --revoke}, stops it publishing.
 */
@Component
@Command(name = "sending-instance", mixinStandardHelpOptions = true,
        description = "Issue (or revoke) the token another instance publishes its shared standings here with.")
class SendingInstanceCommand implements FeatureCommand {
    static final String ISSUED_BY = "command line";
    private final ReceivedStandings received;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Parameters(index = "0", paramLabel = "NAME", description = "The sending instance's name, e.g. \"Vale and Downs\".")
    String name;
    @Option(names = "--group", paramLabel = "GROUP", defaultValue = "National",
            description = "The group here its councils are shown to (default: ${DEFAULT-VALUE}).")
    String group;
    @Option(names = "--revoke", description = "Stop the instance publishing here.")
    boolean revoke;

    SendingInstanceCommand(@Lazy ReceivedStandings received, JsonMapper mapper) {
        this.received = received;
        this.mapper = mapper;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (revoke) {
            if (!received.revoke(name)) {
                return json.inputError(out, err, mapper, "NO_INSTANCE", "There is no sending instance called " + name + ".");
            }
            out.println(json.isJson() ? mapper.writeValueAsString(Map.of("instance", name.strip(), "revoked", true))
                    : "Revoked the token of " + name.strip() + ".");
            return 0;
        }
        String token;
        try {
            token = received.issueToken(name, group, ISSUED_BY);
        } catch (SharingRefused e) {
            return json.inputError(out, err, mapper, "NO_GROUP", "Name the instance (at most 200 characters) and a group "
                    + "that exists here: there is no group called " + group + ".");
        }
        if (json.isJson()) {
            out.println(mapper.writeValueAsString(Map.of("instance", name.strip(), "group", group, "token", token)));
        } else {
            out.println("Token for " + name.strip() + " (shown once; give it to that instance's administrator):");
            out.println(token);
        }
        return 0;
    }
}
