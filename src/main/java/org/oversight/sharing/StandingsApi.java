package org.oversight.sharing;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT /api/shared-standings}: another instance publishes what its councils share with the
 * group its token was issued for ({@link PublishedStandings}), replacing all it sent before. Only
 * a live token of a sending instance, as {@code Authorization: Bearer}, is accepted (401
 * otherwise, whoever is signed in); a publication with any problem stores nothing (400).
 */
@RestController
class StandingsApi {
    private final ReceivedStandings received;
    private final JsonMapper json;

    StandingsApi(ReceivedStandings received, JsonMapper json) {
        this.received = received;
        this.json = json;
    }

    @PutMapping("/api/shared-standings")
    ResponseEntity<?> publish(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                              @RequestBody(required = false) String body) {
        Optional<SendingInstance> from = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? received.holderOf(authorization.substring(7)) : Optional.empty();
        if (from.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Oversight\"")
                    .body(problem(HttpStatus.UNAUTHORIZED, List.of("Publish with the token this instance issued to yours, "
                            + "as Authorization: Bearer TOKEN.")));
        }
        PublishedStandings published;
        try {
            published = json.readValue(body == null ? "" : body, PublishedStandings.class);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                    List.of("The body is not a publication of shared standings in JSON.")));
        }
        List<String> problems = published == null ? List.of("The body is empty.") : published.problems();
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, problems));
        }
        return ResponseEntity.ok(received.accept(from.get(), published));
    }

    private static ProblemDetail problem(HttpStatus status, List<String> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, problems.get(0));
        problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Not a sending instance" : "Not a publication");
        problem.setProperty("problems", problems);
        return problem;
    }
}
