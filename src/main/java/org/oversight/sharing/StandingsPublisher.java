package org.oversight.sharing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/**
 * Sends what this instance's councils share with a group to another instance's
 * {@code PUT /api/shared-standings}, with the token that instance issued. Used by
 * {@code oversight publish-shared} and by the schedule {@code oversight.publish.cron}.
 */
@Component
class StandingsPublisher {
    private final SharedStandings shared;
    private final JsonMapper mapper;

    StandingsPublisher(SharedStandings shared, JsonMapper mapper) {
        this.shared = shared;
        this.mapper = mapper;
    }

    /** What a publication sent and how the receiver answered; {@code status} 0 when it could not be reached. */
    record Outcome(URI endpoint, int status, String answer, int councils, int plans, int figures) {
        boolean received() { return status / 100 == 2; }
    }

    /** Publishes what is shared now with the named group (SharingRefused when there is no such group here). */
    Outcome publish(URI to, String token, String group) throws InterruptedException {
        PublishedStandings standings = shared.of(group);
        String base = to.toString();
        URI endpoint = URI.create(base + (base.endsWith("/") ? "" : "/") + "api/shared-standings");
        int plans = standings.councils().stream().mapToInt(c -> c.plans().size()).sum();
        int figures = standings.councils().stream().mapToInt(c -> c.figures().size()).sum();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build().send(
                    HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                            .header("Authorization", "Bearer " + token.strip())
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(standings))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Outcome(endpoint, response.statusCode(), response.body(), standings.councils().size(), plans, figures);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(endpoint, 0, String.valueOf(e.getMessage()), standings.councils().size(), plans, figures);
        }
    }
}
