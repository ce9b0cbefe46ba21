package org.oversight.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oversight import minutes FILE [--dry-run] [--board NAME] [--date D] [--organisation NAME]}: one
 * meeting's minutes from .docx, PDF or text, for the named organisation's board (none named: a board of none).
 */
@Component
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = "Read the minutes of one meeting from a Word document (.docx), a PDF with text, or text.")
class ImportMinutesCommand implements FeatureCommand {
    private final MinutesRecording recording;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Parameters(index = "0", paramLabel = "FILE", description = "The minutes: .docx, .pdf or .txt.")
    Path file;
    @Option(names = "--dry-run", description = "Print what would be imported; store nothing.")
    boolean dryRun;
    @Option(names = "--board", paramLabel = "NAME", description = "The board, when the minutes do not name it.")
    String board;
    @Option(names = "--date", paramLabel = "D", description = "The meeting date (YYYY-MM-DD), when the minutes do not give it.")
    String date;
    @Option(names = "--organisation", paramLabel = "NAME",
            description = "The organisation whose board met; a new board belongs to it.")
    String organisation;
    private final OrganisationRepository organisations;

    ImportMinutesCommand(@Lazy MinutesRecording recording, JsonMapper mapper, @Lazy OrganisationRepository organisations) {
        this.recording = recording;
        this.mapper = mapper;
        this.organisations = organisations;
    }

    @Override
    public String group() {
        return "import";
    }

    @Override
    public Integer call() {
        LocalDate on = meetingDate();
        Long owner = organisation == null ? null : organisations.findByName(organisation.strip()).map(Organisation::getId)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "There is no organisation called " + organisation));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadMinutes minutes;
        String text;
        MinutesPdf.Read pdf = null;
        try {
            if (isPdf()) {
                pdf = MinutesPdf.read(Files.readAllBytes(file));
                text = pdf.text();
            } else {
                text = text();
            }
            minutes = MinutesReader.read(text).withBoardAndDate(board, on);
        } catch (IOException | RuntimeException e) {
            return json.inputError(out, err, mapper, "UNREADABLE_FILE", "Could not read " + file + ": " + e.getMessage());
        }
        if (minutes.items().isEmpty()) {
            return json.inputError(out, err, mapper, "NO_ITEMS", "No item headings were found in " + file + ". Looked for "
                    + MinutesReader.shapesLookedFor() + ". Nothing was imported.");
        }
        String missing = minutes.board() == null && minutes.date() == null ? "which board met or when: give --board NAME and --date D"
                : minutes.board() == null ? "which board met: give --board NAME" : minutes.date() == null ? "when the meeting was: give --date D" : null;
        if (missing != null) {
            return json.inputError(out, err, mapper, "NO_MEETING", "The minutes in " + file + " do not say " + missing + ".");
        }
        Map<String, Object> result = MinutesJson.of(minutes);
        if (!dryRun) {
            try {
                result.put("meetingId", recording.store(minutes, "import", owner).getId());
            } catch (MinutesRecording.Refused refused) {
                return json.inputError(out, err, mapper, refused.code(), refused.getMessage());
            }
        }
        if (json.isJson()) {
            out.println(mapper.writeValueAsString(result));
        } else {
            out.println((dryRun ? "Would import " : "Imported ") + minutes.items().size() + " items of the " + minutes.board()
                    + " meeting on " + Dates.longDate(minutes.date()) + ", with " + MinuteAsks.followUps(minutes).size() + " follow-ups.");
            boolean word = isWord();
            for (ReadMinutes.Warning warning : minutes.warnings()) {
                String place = warning.line() == null ? "" : pdf != null ? " (" + pdf.place(warning.line()) + ")"
                        : word ? " (paragraph " + paragraph(text, warning.line()) + ")" : " (line " + warning.line() + ")";
                out.println("Warning " + warning.code() + place + ": " + warning.message());
            }
        }
        out.flush();
        return 0;
    }

    private LocalDate meetingDate() {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date must be a date such as 2026-11-03, not " + date);
        }
    }

    private boolean isWord() {
        return file.getFileName().toString().toLowerCase().endsWith(".docx");
    }

    private boolean isPdf() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF");
        }
    }

    /** The paragraph of a Word document that a line of its text comes from: paragraphs with words, counted. */
    private static long paragraph(String text, int line) {
        return MinuteLines.of(text).subList(0, line).stream().filter(l -> !l.isEmpty()).count();
    }

    private String text() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MinutesDocx.textOf(file.getFileName().toString(), in);
        }
    }
}
