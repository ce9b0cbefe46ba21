package org.oversight.governance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the minutes of one meeting from text as a committee clerk or a committee website
 * publishes them: the heading naming the board and date (or a ModernGov page's title
 * "Cabinet - Monday, 7th December, 2026", or "Meeting:" and "Date:" lines), the attendance
 * block, then items found by {@link MinuteHeadings}, each with a summary and NOTED, RESOLVED
 * or RECOMMENDED decisions whose points are numbered 1), 1., (i), i., (a) or a).
 * <p>
 * An item is exempt when it comes after a resolution to exclude the press and public (until
 * they are readmitted) or when it names a paragraph of Schedule 12A itself; a "PART II"
 * heading alone excludes no one, and the reader warns where it sees one without such a
 * resolution. Whatever the reader is unsure of becomes a {@link ReadMinutes.Warning} naming
 * the line.
 */
public final class MinutesReader {
    static final Pattern ITEM = Pattern.compile("^(?:Minute\\s+|Item\\s+)?("
            + "[A-Z]{1,6}\\s?/\\s?\\d{2,4}\\s?/\\s?\\d{1,4}\\.?"
            + "|[A-Z]{1,6}\\d{1,4}/\\d{2,4}\\.?|\\d{1,4}/\\d{2,4}\\.?"
            + "|(?<=^Minute\\s{1,3}|^Item\\s{1,3})\\d{1,3}[.:]?)(?:\\s+(.*))?$");
    private static final String DATE = "(?:[a-z]+day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+),?\\s+(\\d{4})";
    private static final Pattern HEADER = Pattern.compile("(?i)at (?:a|the) meeting of (?:the )?(.+?) held (?:in|at) (.+?)"
            + " on (?:[a-z]+day,? )?(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\\d{4})");
    private static final Pattern HELD_ON = Pattern.compile("(?i).*?\\bmeeting of (?:the )?(.+?),? held on " + DATE
            + "(?:,? at \\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m\\.?)?(?:,? (?:in|at) (?:the )?(.+?))?\\.?$");
    private static final Pattern WEB_TITLE = Pattern.compile("(?i)^(?:agenda and minutes\\s*[-–—:]?\\s*)?(.+?)\\s+[-–—]\\s+"
            + "([a-z]+day),?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+),?\\s+(\\d{4}).*$");
    private static final Pattern BOARD_LINE = Pattern.compile("(?i)^(?:meeting|board|committee|panel)\\s*:\\s*(.+)$");
    private static final Pattern BOARD_TITLE = Pattern.compile("(?i)^(?:minutes of (?:the )?)?((?:\\S+\\s+){0,8}(?:board|committee"
            + "|sub-committee|panel|forum|cabinet|partnership|executive))$");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:date|date of meeting|meeting date)\\s*:\\s*" + DATE + ".*$");
    private static final Pattern VENUE_LINE = Pattern.compile("(?i)^(?:venue|place|location)\\s*:\\s*(.+?)(?:\\.?\\s*view directions)?$");
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)^(?:minutes|notes) of (?:the|a) meeting held on " + DATE + ".*");
    private static final Pattern EXCLUDE = Pattern.compile("(?i)(?:press and (?:the )?public|public and (?:the )?press|the public)"
            + "[^.;]{0,60}\\b(?:be|are|were|was|is)\\s+excluded|exclude (?:the )?(?:press and (?:the )?)?public");
    private static final Pattern EXCLUSION_TITLE = Pattern.compile("(?i)^exclusion of (?:the )?(?:press and (?:the )?)?public.*");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:no|not|nothing|none)\\b[^.;]{0,80}\\b(?:exclu|exempt)"
            + "|\\bexclu[a-z]*\\b[^.;]{0,30}\\bnot\\b");
    private static final Pattern READMITTED = Pattern.compile("(?i)(?:press and (?:the )?public|public)[^.;]{0,40}"
            + "\\b(?:were|was|be|are)\\s+(?:re-?admitted|readmitted|invited back)");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)paragraphs?\\s+(\\d{1,2})\\b[^.]{0,80}schedule\\s*12\\s*a"
            + "|schedule\\s*12\\s*a[^.]{0,40}?paragraphs?\\s+(\\d{1,2})\\b");
    private static final Pattern TIMES = Pattern.compile("(?i)(?:commenced|started|began) at (\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s*m"
            + ".*?(?:concluded|closed|ended|finished) at (\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s*m");
    private static final Pattern NOTE = Pattern.compile("(?i)^\\(?note:.*");
    /** How far into the text a board, date or venue given on lines of their own is looked for. */
    private static final int HEAD_LINES = 40;
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MinutesReader() {
    }

    /** What the reader looks for as item headings, for the message when it finds none. */
    public static String shapesLookedFor() {
        return MinuteHeadings.SHAPES;
    }

    public static ReadMinutes read(String text) {
        List<String> lines = MinuteLines.of(text);
        Header header = header(lines);
        List<ReadMinutes.Warning> warnings = new ArrayList<>();
        if (header.board == null) {
            warnings.add(new ReadMinutes.Warning(ReadMinutes.NO_BOARD, null, "The minutes do not name the board or committee"
                    + " that met (looked for \"At a meeting of ... held\", \"Minutes of the meeting of ... held on\", a web page"
                    + " title \"Board - Monday, 7th December, 2026\" and a \"Meeting:\" line)."));
        }
        if (header.date == null) {
            warnings.add(new ReadMinutes.Warning(ReadMinutes.NO_DATE, null, "The minutes do not give the date of the meeting"
                    + " (looked for \"held on 3 March 2026\", a web page title and a \"Date:\" line)."));
        }
        List<MinuteHeadings.Heading> headings = MinuteHeadings.find(lines, header.line < 0 ? 0 : header.line + 1);
        int firstItem = headings.isEmpty() ? lines.size() : headings.get(0).line();
        int start = Math.max(header.line, 0);
        AttendanceBlock attendance = new AttendanceBlock(lines.subList(Math.min(start + 1, firstItem), firstItem));
        String joined = String.join(" ", lines);
        Matcher times = TIMES.matcher(joined);
        LocalTime started = null;
        LocalTime finished = null;
        if (times.find()) {
            started = time(times.group(1), times.group(2), times.group(3));
            finished = time(times.group(4), times.group(5), times.group(6));
        }
        List<ReadMinutes.Item> items = new ArrayList<>();
        String declarations = readItems(lines, headings, items, warnings);
        return new ReadMinutes(header.board, header.date, header.venue, attendance.of(AttendanceKind.PRESENT),
                attendance.of(AttendanceKind.APOLOGIES), attendance.of(AttendanceKind.SUBSTITUTE),
                attendance.of(AttendanceKind.OFFICER), attendance.of(AttendanceKind.IN_ATTENDANCE),
                started, finished, declarations, List.copyOf(items), List.copyOf(warnings));
    }

    /** The board, date and venue as the minutes give them, and the line that gives them (-1: none). */
    private record Header(String board, LocalDate date, String venue, int line) {
    }

    private static Header header(List<String> lines) {
        Matcher header = HEADER.matcher(String.join(" ", lines));
        if (header.find()) {
            return new Header(tidyName(header.group(1)), parseDate(header.group(3) + " " + header.group(4) + " " + header.group(5)),
                    header.group(2).strip(), firstLineContaining(lines, "meeting of"));
        }
        String board = null;
        LocalDate date = null;
        String venue = null;
        int line = -1;
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES) && (board == null || date == null); i++) {
            String l = lines.get(i);
            Matcher held = HELD_ON.matcher(l);
            Matcher web = WEB_TITLE.matcher(l);
            Matcher named = BOARD_LINE.matcher(l);
            Matcher dated = DATE_LINE.matcher(l);
            Matcher dateOnly = DATE_ONLY.matcher(l);
            if (held.matches() && board == null && date == null) {
                board = tidyName(held.group(1));
                date = parseDate(held.group(2) + " " + held.group(3) + " " + held.group(4));
                venue = held.group(5) == null ? null : held.group(5).strip();
                line = i;
            } else if (web.matches() && board == null && date == null) {
                board = tidyName(web.group(1));
                date = parseDate(web.group(3) + " " + web.group(4) + " " + web.group(5));
                line = i;
            } else if (named.matches() && board == null) {
                board = tidyName(named.group(1));
                line = Math.max(line, i);
            } else if (dated.matches() && date == null) {
                date = parseDate(dated.group(1) + " " + dated.group(2) + " " + dated.group(3));
                line = Math.max(line, i);
            } else if (dateOnly.matches() && date == null) {
                date = parseDate(dateOnly.group(1) + " " + dateOnly.group(2) + " " + dateOnly.group(3));
                line = Math.max(line, i);
            }
        }
        for (int i = 0; i < Math.min(lines.size(), Math.max(line, 0)) && board == null; i++) {
            Matcher titled = BOARD_TITLE.matcher(lines.get(i));
            if (titled.matches() && MinuteHeadings.titleLike(lines.get(i), true)) {
                board = tidyName(titled.group(1));
            }
        }
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES) && venue == null; i++) {
            Matcher place = VENUE_LINE.matcher(lines.get(i));
            if (place.matches()) {
                venue = place.group(1).strip();
            }
        }
        return new Header(board, date, venue, line);
    }

    private static String readItems(List<String> lines, List<MinuteHeadings.Heading> headings, List<ReadMinutes.Item> items,
                                    List<ReadMinutes.Warning> warnings) {
        boolean excluded = false;
        String paragraph = null;
        String declarations = null;
        int partTwo = -1;
        int previous = -1;
        List<Integer> byShape = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            MinuteHeadings.Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
            List<String> body = new ArrayList<>();
            int partTwoBefore = partTwo;
            partTwo = -1;
            for (int i = heading.bodyFrom(); i < end; i++) {
                String line = lines.get(i);
                if (MinuteLines.isSection(line)) {
                    partTwo = line.matches("(?i)^part\\s+(?:ii|2|b|two)\\b.*") ? i : -1;
                } else if (!NOTE.matcher(line).matches() && !MinuteLines.isNoise(line)) {
                    body.add(line);
                }
            }
            String title = MinuteLines.withoutLink(heading.title());
            if (title.isEmpty()) {
                while (!body.isEmpty() && body.get(0).isEmpty()) {
                    body.remove(0);
                }
                title = body.isEmpty() ? "" : body.remove(0);
            }
            Matcher runIn = MinuteItemText.RUN_IN.matcher(title);
            if (runIn.matches() && !runIn.group(1).isBlank()) {
                title = runIn.group(1).strip();
                body.add(0, runIn.group(2) + " " + runIn.group(3));
            }
            title = title.replaceAll("[\\s:–-]+$", "");
            MinuteItemText content = new MinuteItemText(body);
            String summary = String.join("\n\n", content.summary);
            String all = title + " " + String.join(" ", body);
            int at = heading.line() + 1;
            if (title.isEmpty()) {
                warnings.add(new ReadMinutes.Warning("ITEM_WITHOUT_TITLE", at, "Item " + heading.number() + " has no title."));
            }
            if (heading.byShape()) {
                byShape.add(at);
            }
            int number = heading.number() == null ? -1 : MinuteHeadings.value(heading.number());
            if (previous > 0 && number > 0 && number != previous + 1) {
                warnings.add(new ReadMinutes.Warning("ITEM_NUMBER_SEQUENCE", at, "Item " + heading.number().strip() + " follows item "
                        + previous + ": check that no item was missed or misread."));
            }
            previous = number;
            boolean exclusion = !excluded && excludes(title, all, content.decisions);
            Matcher own = PARAGRAPH.matcher(all);
            String ownParagraph = own.find() ? (own.group(1) != null ? own.group(1) : own.group(2)) : null;
            boolean exempt = excluded || ownParagraph != null && !exclusion;
            if (exempt && !excluded) {
                warnings.add(new ReadMinutes.Warning("EXEMPT_BY_PARAGRAPH", at, "\"" + title + "\" names paragraph " + ownParagraph
                        + " of Schedule 12A though no resolution to exclude the press and public came before it: read as exempt."));
            }
            if (partTwoBefore >= 0 && !excluded && !exclusion && !exempt) {
                warnings.add(new ReadMinutes.Warning("PART_II_WITHOUT_EXCLUSION", partTwoBefore + 1, "A \"" + lines.get(partTwoBefore)
                        + "\" heading is not followed by a resolution to exclude the press and public, so the items after it are"
                        + " read as public: mark any exempt item by hand before publishing."));
            }
            items.add(new ReadMinutes.Item(heading.number() == null ? null : heading.number().strip(), title, exempt,
                    exempt ? (ownParagraph != null ? ownParagraph : paragraph) : null, summary.isEmpty() ? null : summary,
                    List.copyOf(content.decisions)));
            if (title.toLowerCase().contains("interest") && !summary.isEmpty()) {
                declarations = summary;
            }
            if (exclusion) {
                excluded = true;
                paragraph = ownParagraph;
            } else if (excluded && READMITTED.matcher(all).find()) {
                excluded = false;
                paragraph = null;
            }
        }
        if (!byShape.isEmpty()) {
            warnings.add(0, new ReadMinutes.Warning("ITEMS_WITHOUT_NUMBERS", byShape.get(0), "No item is numbered: the items"
                    + " were recognised by their headings' shape, at lines " + byShape.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + "."));
        }
        return declarations;
    }

    /** Does this item resolve to exclude the press and public (and not resolve that there is no need to)? */
    private static boolean excludes(String title, String all, List<ReadMinutes.ReadDecision> decisions) {
        for (ReadMinutes.ReadDecision decision : decisions) {
            String words = (decision.text() == null ? "" : decision.text()) + " " + String.join(" ", decision.points());
            if (decision.kind() != DecisionKind.NOTED && !NEGATED.matcher(words).find()
                    && (EXCLUDE.matcher(words).find() || EXCLUSION_TITLE.matcher(title).matches() && !words.isBlank())) {
                return true;
            }
        }
        return decisions.isEmpty() && EXCLUDE.matcher(all).find() && !NEGATED.matcher(all).find();
    }

    static LocalDate parseDate(String text) {
        try {
            String t = text.strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
            return LocalDate.parse(t.substring(0, 1).toUpperCase() + t.substring(1), LONG);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** A time as minutes write it ("2 p.m.", "3.40 pm"); null when it is no time of day ("3.75 pm"). */
    private static LocalTime time(String hours, String minutes, String meridiem) {
        int h = Integer.parseInt(hours) % 12 + ("p".equalsIgnoreCase(meridiem) ? 12 : 0);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        return m < 60 ? LocalTime.of(h, m) : null;
    }

    private static int firstLineContaining(List<String> lines, String words) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase().contains(words)) {
                return i;
            }
        }
        return 0;
    }

    /** "CHILDREN, FAMILIES & LEARNING OVERVIEW" becomes "Children, Families & Learning Overview". */
    static String tidyName(String name) {
        String n = name.strip();
        if (!n.equals(n.toUpperCase())) {
            return n;
        }
        StringBuilder out = new StringBuilder();
        for (String word : n.toLowerCase().split(" ")) {
            boolean small = List.of("and", "of", "the", "for", "&").contains(word) && out.length() > 0;
            out.append(out.length() > 0 ? " " : "").append(small || word.isEmpty() ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
