package org.oversight.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code --json} option every command accepts: machine-readable output on stdout and
 * nothing else there. Include it with {@code @Mixin JsonOption json;}.
 */
public class JsonOption {
    @Option(names = "--json", description = "Print machine-readable JSON on stdout and nothing else there.")
    private boolean json;

    public boolean isJson() {
        return json;
    }

    /**
     * Reports an error the input caused: the message on stderr, and with {@code --json} also
     * {@code {"errors":[{"code","message"}]}} on stdout. Returns exit code 1.
     */
    public int inputError(PrintWriter out, PrintWriter err, JsonMapper mapper, String code, String message) {
        err.println(message);
        if (json) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            out.println(mapper.writeValueAsString(Map.of("errors", List.of(error))));
        }
        return 1;
    }
}
